namespace NpsBot.Conversations.Definitions;

/// <summary>How many failed answers each kind of question allows before the dialog gives up on it.</summary>
public sealed record RetryLimits(int Score, int Text, int Confirm);
