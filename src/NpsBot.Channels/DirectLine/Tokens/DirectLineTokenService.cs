using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace NpsBot.Channels.DirectLine.Tokens;

/// <summary>
/// Issues and checks Direct Line tokens: JWT-shaped (HS256) so Web Chat can read the user id from the "user" claim,
/// written with System.Security.Cryptography because this is the only place that signs or reads them.
/// </summary>
public sealed class DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider clock)
{
    private const string Issuer = "npsbot-directline";
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"alg":"HS256","typ":"JWT"}""");
    private readonly Lazy<byte[]> _key = new(() => SigningKey(options.Value));

    public TimeSpan Lifetime => options.Value.TokenLifetime;

    /// <summary>A conversation token for the user, valid for <see cref="Lifetime"/> from now.</summary>
    public string IssueConversationToken(string conversationId, string userId, string? userName) =>
        Issue(new DirectLineToken(conversationId, userId, userName, clock.GetUtcNow() + Lifetime));

    /// <summary>
    /// A short-lived token that only opens the conversation's WebSocket; the socket closes when a conversation token
    /// issued now would expire (the client reconnects with its refreshed token for a new streamUrl).
    /// </summary>
    public string IssueStreamToken(string conversationId, string userId)
    {
        var now = clock.GetUtcNow();
        return Issue(new DirectLineToken(conversationId, userId, null, now + options.Value.StreamUrlLifetime, TokenScopes.Stream, now + Lifetime));
    }

    public string Issue(DirectLineToken token)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(new TokenClaims(
            Issuer, token.ConversationId, token.UserId, token.UserName, token.Scope,
            clock.GetUtcNow().ToUnixTimeSeconds(), token.ExpiresAt.ToUnixTimeSeconds(), token.SocketExpiresAt?.ToUnixTimeSeconds()));
        var signed = $"{Base64Url(Header)}.{Base64Url(payload)}";
        return $"{signed}.{Base64Url(Sign(signed))}";
    }

    public TokenCheck Read(string value)
    {
        var parts = value.Split('.');
        if (parts.Length != 3 || !TryDecode(parts[2], out var signature))
        {
            return TokenCheck.Invalid;
        }

        if (!CryptographicOperations.FixedTimeEquals(signature, Sign($"{parts[0]}.{parts[1]}")) || !TryDecode(parts[1], out var payload))
        {
            return TokenCheck.Invalid;
        }

        TokenClaims? claims;
        try
        {
            claims = JsonSerializer.Deserialize<TokenClaims>(payload);
        }
        catch (JsonException)
        {
            return TokenCheck.Invalid;
        }

        if (claims is not { Iss: Issuer, Conv.Length: > 0, User.Length: > 0, Scp.Length: > 0 })
        {
            return TokenCheck.Invalid;
        }

        var token = new DirectLineToken(
            claims.Conv, claims.User, claims.Name, DateTimeOffset.FromUnixTimeSeconds(claims.Exp), claims.Scp,
            claims.Ses is { } ses ? DateTimeOffset.FromUnixTimeSeconds(ses) : null);
        return new TokenCheck(token.ExpiresAt <= clock.GetUtcNow() ? TokenStatus.Expired : TokenStatus.Valid, token);
    }

    private byte[] Sign(string data) => HMACSHA256.HashData(_key.Value, Encoding.UTF8.GetBytes(data));

    private static byte[] SigningKey(DirectLineOptions options) => options.TokenSigningKey is { Length: > 0 } key
        ? Encoding.UTF8.GetBytes(key)
        : HMACSHA256.HashData(Encoding.UTF8.GetBytes(options.Secrets[0]), "npsbot directline token signing key"u8);

    private static string Base64Url(byte[] bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[System.Buffers.Text.Base64Url.GetMaxDecodedLength(text.Length)];
        if (!System.Buffers.Text.Base64Url.IsValid(text) || !System.Buffers.Text.Base64Url.TryDecodeFromChars(text, bytes, out var written) || written == 0)
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }
}
