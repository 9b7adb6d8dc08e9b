using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>The replies of a turn about to be committed, as a <see cref="ReplyWork"/> sees them.</summary>
/// <param name="ConversationKey">The runner's key of the conversation (an order key for its jobs).</param>
/// <param name="Replies">The replies in the order they were sent.</param>
/// <param name="RepliesJson">The same replies as a JSON array (<c>ActivityJson.Options</c>).</param>
/// <param name="At">The turn's time.</param>
public sealed record TurnReplies(string ConversationKey, IReadOnlyList<Activity> Replies, string RepliesJson, DateTimeOffset At);
