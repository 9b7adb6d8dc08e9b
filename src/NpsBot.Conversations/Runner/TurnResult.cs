using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>The replies of one turn; <see cref="Duplicate"/> when the activity id was processed before and these are the stored replies.</summary>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, bool Duplicate);
