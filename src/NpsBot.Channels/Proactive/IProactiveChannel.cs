namespace NpsBot.Channels.Proactive;

/// <summary>
/// A channel the bot can start a conversation on by itself (a survey invite after an event, the re-survey that closes a
/// case): it checks an address, and opens the conversation the invite's turn runs in, with the way its replies leave.
/// One per channel id (SMS here; Teams from a stored conversation reference).
/// </summary>
public interface IProactiveChannel
{
    /// <summary>The channelId of the activities it opens ("sms", "msteams").</summary>
    string ChannelId { get; }

    /// <summary>Why <paramref name="recipient"/> cannot be addressed on this channel (shown to the caller as a 400), or null.</summary>
    string? RefusalOfRecipient(string recipient);

    /// <summary>The conversation with <paramref name="recipient"/>, or null when the channel cannot reach them (no stored reference).</summary>
    Task<ProactiveConversation?> OpenAsync(string recipient, CancellationToken cancellationToken);
}
