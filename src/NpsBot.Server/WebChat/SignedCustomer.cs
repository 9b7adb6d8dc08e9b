using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NpsBot.Server.WebChat;

/// <summary>
/// The customer an embedding site hands to the page: base64url(JSON {"id","name","exp"}) + "." +
/// base64url(HMAC-SHA256(WebChat:CustomerSigningKey, first part)). "exp" (Unix seconds) is optional.
/// </summary>
public sealed record SignedCustomer(string Id, string? Name)
{
    /// <summary>The customer, or null when the value is malformed, badly signed or expired.</summary>
    public static SignedCustomer? Verify(string value, string key, DateTimeOffset now)
    {
        var dot = value.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !TryDecode(value[(dot + 1)..], out var signature))
        {
            return null;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(value[..dot]));
        if (!CryptographicOperations.FixedTimeEquals(signature, expected) || !TryDecode(value[..dot], out var payload))
        {
            return null;
        }

        try
        {
            var claims = JsonSerializer.Deserialize<Claims>(payload, JsonSerializerOptions.Web);
            var expired = claims?.Exp is { } exp && DateTimeOffset.FromUnixTimeSeconds(exp) <= now;
            return claims is { Id.Length: > 0 and <= 64 } && !expired ? new SignedCustomer(claims.Id, claims.Name) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Signs a customer the way an embedding site does (used by tests and the README's example).</summary>
    public static string Sign(string id, string? name, string key, DateTimeOffset? expires = null)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Claims(id, name, expires?.ToUnixTimeSeconds()), JsonSerializerOptions.Web));
        return $"{payload}.{Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(payload)))}";
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = new byte[Base64Url.GetMaxDecodedLength(text.Length)];
        if (!Base64Url.IsValid(text) || !Base64Url.TryDecodeFromChars(text, bytes, out var written) || written == 0)
        {
            return false;
        }

        bytes = bytes[..written];
        return true;
    }

    private sealed record Claims(string? Id, string? Name, long? Exp);
}
