using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>The replies of one turn; <see cref="Duplicate"/> when the activity id was processed before and these are the stored replies.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, bool Duplicate)
{
    /// <summary>The replies as a JSON array when the runner already has them so (a new turn), else null.</summary>
    public string? RepliesJson { get; init; }
}
