namespace NpsBot.Conversations.Runner;

/// <summary>
/// Where a turn comes from, as the endpoint that received it says (not the activity): the key space its conversation
/// lives in, the customer the endpoint authenticated, if any, and how the endpoint delivers replies.
/// </summary>
public sealed record TurnOrigin(string KeySpace, VerifiedCustomer? Customer = null)
{
    /// <summary>
    /// Makes jobs of a new turn's replies, committed with the turn (the 202 path of /api/messages); null when the
    /// endpoint answers with the replies itself. A duplicate makes none: its jobs were committed the first time.
    /// </summary>
    public ReplyWork? ReplyWork { get; init; }

    /// <summary>
    /// Makes each reply what the channel will really send (SMS: plain text within the segment budget), before it is
    /// stored: the transcript, the replay cache and <see cref="ReplyWork"/> all see the shaped reply. Null: unchanged.
    /// </summary>
    public Func<Activities.Activity, Activities.Activity>? ShapeReply { get; init; }

    /// <summary>
    /// The stored conversation an in-process caller (the agent desk) injects this turn into; null for every endpoint.
    /// The runner addresses such a turn from the conversation's stored reference and marks it internal
    /// (<see cref="TurnContext.IsInternal"/>): the bot obeys the desk's events only on internal turns.
    /// </summary>
    public string? ConversationKey { get; init; }

    /// <summary>An internal turn of the agent desk into <paramref name="conversationKey"/>.</summary>
    public static TurnOrigin Internal(string conversationKey, ReplyWork? replyWork = null) =>
        new(KeySpaces.Desk) { ConversationKey = conversationKey, ReplyWork = replyWork };
}
