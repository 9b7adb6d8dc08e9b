using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// Each Direct Line conversation's activities (user echoes and bot replies) in order, numbered by watermark, plus the
/// signals that wake its WebSocket streams. The default lives in memory with an idle expiry; a database-backed log can
/// replace it behind this interface.
/// </summary>
public interface IDirectLineActivityLog
{
    /// <summary>Creates the conversation; false when it already exists.</summary>
    ValueTask<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Appends in order, giving each activity its id ("{conversationId}|{watermark:D7}") and a timestamp that never goes back; null when the conversation does not exist.</summary>
    ValueTask<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="max"/> activities after the watermark, and the watermark to ask from next; null when the conversation does not exist.</summary>
    ValueTask<ActivitySet?> ReadAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken);

    /// <summary>Sends an activity that is not kept (typing) to the conversation's current listeners.</summary>
    void Publish(string conversationId, Activity ephemeral);

    /// <summary>Calls the listener on every append, publish, and when the conversation ends; dispose to stop.</summary>
    IDisposable Subscribe(string conversationId, Action<StreamSignal> listener);
}
