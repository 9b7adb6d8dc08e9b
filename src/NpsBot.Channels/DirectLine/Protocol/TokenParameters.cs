using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Optional body of token generate and start conversation: the user to bind, and the client's locale.</summary>
public sealed record TokenParameters(ChannelAccount? User, string? Locale);
