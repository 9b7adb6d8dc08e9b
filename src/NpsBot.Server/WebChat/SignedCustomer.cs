using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace NpsBot.Server.WebChat;

/// <summary>
/// The customer an embedding site hands to the page: base64url(JSON {"id","name","exp"}) + "." +
/// base64url(HMAC-SHA256(WebChat:CustomerSigningKey, first part)). "exp" (Unix seconds) is required and at most
/// WebChat:CustomerMaxLifetime ahead (issue 7): a leaked value must stop working soon.
/// </summary>
public sealed record SignedCustomer(string Id, string? Name)
{
    /// <summary>
    /// The customer, or null when the value is malformed, badly signed, has no expiry, has expired, or expires later
    /// than <paramref name="maxLifetime"/> from <paramref name="now"/>.
    /// </summary>
    public static SignedCustomer? Verify(string value, string key, DateTimeOffset now, TimeSpan maxLifetime)
    {
        ArgumentNullException.ThrowIfNull(value);
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
            return claims is { Id.Length: > 0 and <= 64, Exp: { } exp } && IsWithin(exp, now, maxLifetime)
                ? new SignedCustomer(claims.Id, claims.Name)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Signs a customer the way an embedding site does (used by tests and the README's example); null <paramref name="expires"/> leaves "exp" out.</summary>
    public static string Sign(string id, string? name, string key, DateTimeOffset? expires)
    {
        var payload = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Claims(id, name, expires?.ToUnixTimeSeconds()), JsonSerializerOptions.Web));
        return $"{payload}.{Base64Url.EncodeToString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(payload)))}";
    }

    // Compared in Unix seconds, so an "exp" beyond year 9999 is refused rather than thrown by FromUnixTimeSeconds.
    private static bool IsWithin(long exp, DateTimeOffset now, TimeSpan maxLifetime) =>
        exp > now.ToUnixTimeSeconds() && exp <= (now + maxLifetime).ToUnixTimeSeconds();

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
