namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>What a token grants: one conversation, as one user, until it expires; a stream token only opens the WebSocket.</summary>
public sealed record DirectLineToken(string ConversationId, string UserId, string? UserName, DateTimeOffset ExpiresAt, string Scope = TokenScopes.Conversation);
