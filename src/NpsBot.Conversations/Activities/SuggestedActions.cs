namespace NpsBot.Conversations.Activities;

/// <summary>Quick-reply buttons shown under a message.</summary>
public sealed record SuggestedActions
{
    public IReadOnlyList<string>? To { get; init; }
    public required IReadOnlyList<CardAction> Actions { get; init; }
}
