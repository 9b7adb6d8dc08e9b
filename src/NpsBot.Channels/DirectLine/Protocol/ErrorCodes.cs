namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>The error codes this service answers with.</summary>
public static class ErrorCodes
{
    public const string BadArgument = "BadArgument";
    public const string MissingAuthorization = "MissingAuthorization";
    public const string TokenExpired = "TokenExpired";
    public const string TokenInvalid = "TokenInvalid";
    public const string Forbidden = "Forbidden";
    public const string ConversationNotFound = "ConversationNotFound";
    public const string BotRejectedActivity = "BotRejectedActivity";
    public const string NotSupported = "NotSupported";
    public const string PayloadTooLarge = "MessageSizeTooBig";
    public const string ConversationTooLarge = "ConversationSizeTooBig";
    public const string TooManyRequests = "TooManyRequests";
}
