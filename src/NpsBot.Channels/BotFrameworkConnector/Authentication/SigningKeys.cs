using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>The keys of one metadata document, with the Bot Connector's per-key <c>endorsements</c> (the channels a key may sign for).</summary>
public sealed record SigningKeys(IReadOnlyList<SecurityKey> Keys, IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements)
{
    public const string EndorsementsMember = "endorsements";

    public static SigningKeys From(OpenIdConnectConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (key.KeyId is { } id && key.AdditionalData.TryGetValue(EndorsementsMember, out var value))
            {
                endorsements[id] = Strings(value);
            }
        }

        return new SigningKeys([.. configuration.SigningKeys], endorsements);
    }

    public bool Has(string keyId) => Keys.Any(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal));

    // IdentityModel keeps unknown JWK members as JsonElement (or, depending on the reader, as a list of objects).
    private static List<string> Strings(object? value) => value switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        IEnumerable<object> items => [.. items.OfType<object>().Select(item => item is JsonElement e ? e.ToString() : item.ToString()!)],
        _ => [],
    };
}
