using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>A committed turn as observers see it: the inbound activity (redacted), its replies and records, and the mode before and after.</summary>
public sealed record CommittedTurn(
    string ConversationKey,
    Activity Inbound,
    IReadOnlyList<Activity> Replies,
    IReadOnlyList<object> Records,
    string PreviousMode,
    string Mode,
    bool IsInternal,
    DateTimeOffset At);
