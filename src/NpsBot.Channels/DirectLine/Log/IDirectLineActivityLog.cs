using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// Each conversation's activities (user echoes and bot replies) in order, numbered by watermark, plus the signals that
/// wake its WebSocket streams. The implementation is <see cref="DatabaseActivityLog"/>: watermarks survive a restart
/// and every server instance on the same database serves every conversation.
/// </summary>
public interface IDirectLineActivityLog
{
    /// <summary>Creates the conversation; false when it already exists.</summary>
    ValueTask<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>False when everything stored leaves less than one largest activity below <see cref="DirectLineOptions.MaxStoredBytes"/>: no new conversation then.</summary>
    ValueTask<bool> HasRoomAsync(CancellationToken cancellationToken);

    ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the user's activity (its echo), giving it its id ("{conversationId}|{watermark:D7}") and a timestamp that
    /// never goes back. A <paramref name="clientActivityId"/> already logged answers that first row instead. Null when
    /// the conversation does not exist.
    /// </summary>
    ValueTask<PostOutcome?> AppendPostAsync(string conversationId, Activity activity, string? clientActivityId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the bot's replies to the echo <paramref name="answering"/> (null: to the start), once: false, and nothing
    /// appended, when that turn's replies are already in the log.
    /// </summary>
    ValueTask<bool> AppendRepliesAsync(string conversationId, string? answering, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the bot's activities that answer no post of the customer (an agent's message relayed by the bot, the
    /// give-back, a follow-up at a resumed visit), once per <paramref name="deliveryKey"/>: false, and nothing appended,
    /// when that delivery is already in the log or the conversation is gone.
    /// </summary>
    ValueTask<bool> AppendOutboundAsync(string conversationId, string deliveryKey, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> activities after the watermark, and the watermark to ask from next; null when the conversation does not exist.</summary>
    ValueTask<ActivitySet?> ReadAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken);

    /// <summary>Turns logged in [<paramref name="notBefore"/>, <paramref name="before"/>) whose replies are not in the log yet.</summary>
    ValueTask<IReadOnlyList<PendingTurn>> FindPendingAsync(DateTimeOffset notBefore, DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>Removes conversations idle for <see cref="DirectLineOptions.ConversationIdleExpiry"/> and ends their streams; answers how many.</summary>
    ValueTask<int> RemoveIdleAsync(CancellationToken cancellationToken);

    /// <summary>Sends an activity that is not kept (typing) to the conversation's listeners in this process.</summary>
    void Publish(string conversationId, Activity ephemeral);

    /// <summary>Calls the listener on every append (from any instance), publish, and when the conversation ends; dispose to stop.</summary>
    IDisposable Subscribe(string conversationId, Action<StreamSignal> listener);
}
