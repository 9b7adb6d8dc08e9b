namespace NpsBot.Server.Messages;

/// <summary>What the messaging endpoint logs; ids are the client's, so they are fields of a structured (JSON) entry, never raw lines.</summary>
public static partial class MessagesLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Debug, Message = "Received a {Type} activity {ActivityId} on channel {ChannelId} in conversation {ConversationId}")]
    public static partial void Received(ILogger logger, string? type, string? activityId, string? channelId, string? conversationId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Refused /api/messages from {RemoteAddress}: local development answers loopback callers only")]
    public static partial void RefusedRemote(ILogger logger, string? remoteAddress);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Refused /api/messages (401): {Reason}")]
    public static partial void RefusedToken(ILogger logger, string? reason);
}
