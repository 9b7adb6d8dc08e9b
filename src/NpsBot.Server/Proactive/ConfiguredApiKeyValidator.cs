using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace NpsBot.Server.Proactive;

/// <summary>
/// Checks a key against the hashes in <c>Api:Keys</c>: the presented key is hashed (SHA-256) and compared in constant
/// time with each. Keys are long random strings, so a plain hash is enough (no password stretching needed).
/// </summary>
public sealed class ConfiguredApiKeyValidator(IOptionsMonitor<ApiKeyOptions> options) : IApiKeyValidator
{
    public Task<bool> IsValidAsync(string presentedKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presentedKey);
        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey));
        var valid = false;
        foreach (var configured in options.CurrentValue.Keys)
        {
            if (TryHex(configured, out var hash))
            {
                valid |= CryptographicOperations.FixedTimeEquals(presented, hash);
            }
        }

        return Task.FromResult(valid);
    }

    private static bool TryHex(string text, out byte[] bytes)
    {
        bytes = [];
        var trimmed = text.Trim();
        if (trimmed.Length != 64)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(trimmed);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
