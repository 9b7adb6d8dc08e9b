using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;

namespace NpsBot.Conversations.Runner;

/// <summary>Everything one turn writes: the new state, the inbound activity, its replies, transcript lines and domain records.</summary>
public sealed record TurnCommit(
    string ConversationKey,
    long ExpectedVersion,
    string StateJson,
    string Mode,
    Activity Inbound,
    IReadOnlyList<Activity> Replies,
    IReadOnlyList<TranscriptEntry> Transcript,
    IReadOnlyList<object> Records,
    DateTimeOffset At)
{
    /// <summary>The replies as JSON (an array), serialized once by the runner for the store and the channel alike.</summary>
    public string? RepliesJson { get; init; }

    /// <summary>Jobs for the durable work queue, written in the same transaction as the turn.</summary>
    public IReadOnlyList<WorkRequest> Work { get; init; } = [];

    /// <summary>The customer the receiving endpoint vouches for; without one the turn creates and renames no customer row.</summary>
    public VerifiedCustomer? Customer { get; init; }

    /// <summary>
    /// True when the turn leaves a dialog waiting for the customer's next answer: the state will change size again at the
    /// next turn (the survey's grows, shrinks, and ends small). The SQLite store keeps such rows apart from conversations at
    /// rest (see <c>TurnSql.InsertConversationAtLeftEdge</c>).
    /// </summary>
    public bool InDialog { get; init; }

    /// <summary>
    /// The state JSON the turn started from when it was not read back from the store (<see cref="CommittedStates.TakeUnread"/>):
    /// the commit then also requires the stored state to be exactly this, not only its version (a conversation erased and
    /// started again could reach the same version). Null when the turn read its state.
    /// </summary>
    public string? ExpectedStateJson { get; init; }
}
