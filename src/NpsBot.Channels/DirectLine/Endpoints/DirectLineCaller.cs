using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>Who called: the holder of a secret (any conversation), or of a token (its own conversation only).</summary>
public sealed record DirectLineCaller(DirectLineToken? Token)
{
    public bool IsSecret => Token is null;

    /// <summary>True when the caller may act on this conversation.</summary>
    public bool MayUse(string conversationId) => Token is null || Token.ConversationId == conversationId;
}
