namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>
/// What a token grants: one conversation, as one user, until it expires; a stream token only opens the WebSocket, and the
/// socket it opened closes at <see cref="SocketExpiresAt"/> (the expiry of the conversation token issued with it).
/// </summary>
public sealed record DirectLineToken(
    string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt, string Scope = TokenScopes.Conversation, DateTimeOffset? SocketExpiresAt = null)
{
    /// <summary>When a WebSocket opened with this token must close: a conversation token's own expiry, a stream token's session end.</summary>
    public DateTimeOffset SocketClosesAt => SocketExpiresAt ?? ExpiresAt;
}
