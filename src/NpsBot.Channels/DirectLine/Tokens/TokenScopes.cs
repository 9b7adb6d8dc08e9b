namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>What a token may be used for.</summary>
public static class TokenScopes
{
    /// <summary>The REST API, for one conversation.</summary>
    public const string Conversation = "conversation";

    /// <summary>Only the WebSocket of a streamUrl (its query string ends up in logs, so it cannot post).</summary>
    public const string Stream = "stream";
}
