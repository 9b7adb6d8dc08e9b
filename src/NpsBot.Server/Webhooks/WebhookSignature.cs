using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// The signature header, Stripe style: <c>NpsBot-Signature: t=UNIX_SECONDS,v1=HEX</c>, HEX = HMAC-SHA256 with the
/// subscription's secret (UTF-8) over <c>"{t}.{body}"</c>. The timestamp is inside what is signed, so a receiver that
/// refuses timestamps older than a few minutes cannot be fed a replayed request.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "NpsBot-Signature";
    public const string EventHeader = "NpsBot-Event";
    public const string EventIdHeader = "NpsBot-Event-Id";

    public static string Create(string secret, long timestamp, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var t = timestamp.ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Hex(secret, t, body)}";
    }

    /// <summary>True when the header signs this body with this secret and its timestamp is within <paramref name="tolerance"/> of <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string? header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        string? t = null;
        var signatures = new List<string>();
        foreach (var part in (header ?? "").Split(','))
        {
            var pair = part.Trim().Split('=', 2);
            if (pair.Length == 2 && pair[0] == "t")
            {
                t = pair[1];
            }
            else if (pair.Length == 2 && pair[0] == "v1")
            {
                signatures.Add(pair[1]);
            }
        }

        if (t is null || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Hex(secret, t, body));
        return signatures.Any(s => CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(s)));
    }

    private static string Hex(string secret, string t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
}
