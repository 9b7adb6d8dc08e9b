namespace NpsBot.Channels.DirectLine.Log;

/// <summary>Why the log did not take a posted activity: the bounds on what one customer, or all of them, may store.</summary>
public enum PostRefusal
{
    None,

    /// <summary>The conversation already stores <see cref="DirectLineOptions.MaxBytesPerConversation"/> (413).</summary>
    ConversationFull,

    /// <summary>All conversations together store <see cref="DirectLineOptions.MaxStoredBytes"/> (429 until idle ones expire).</summary>
    LogFull,
}
