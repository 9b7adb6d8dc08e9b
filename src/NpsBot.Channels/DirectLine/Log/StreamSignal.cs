using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// Told to a conversation's listeners: either new activities are in the log (<see cref="Ephemeral"/> null), or an
/// activity that is not kept (typing) is to be sent now. <see cref="Watermark"/> is the log's watermark at that moment,
/// so a listener that has already sent newer activities can drop a stale typing.
/// </summary>
public sealed record StreamSignal(Activity? Ephemeral, long Watermark)
{
    /// <summary>The conversation was removed (expired); listeners should close.</summary>
    public static StreamSignal Ended { get; } = new(null, -1);
}
