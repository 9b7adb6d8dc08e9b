using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Optional body of token generate and start conversation: the user to bind, and the client's locale.</summary>
public sealed record TokenParameters(ChannelAccount? User, string? Locale)
{
    /// <summary>The longest locale a conversation keeps (the storage's locale columns; a BCP 47 tag in practice is far shorter).</summary>
    public const int MaxLocaleLength = 32;
}
