using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// Signing keys from one OpenID metadata document, through IdentityModel's ConfigurationManager: cached, refreshed every
/// 24 hours, and fetched again when a token names a key id the cache does not have (at most once per
/// <see cref="RefreshInterval"/>, so a flood of made-up key ids cannot make us hammer the metadata server).
/// </summary>
public sealed class OpenIdKeySource
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMinutes(1);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public OpenIdKeySource(string metadataUrl, HttpClient http)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        var documents = new HttpDocumentRetriever(http) { RequireHttps = metadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), documents)
        {
            AutomaticRefreshInterval = AutomaticRefreshInterval,
            RefreshInterval = RefreshInterval,
        };
    }

    /// <summary>The keys, fetched again first when <paramref name="keyId"/> is not among the cached ones.</summary>
    public async Task<SigningKeys> KeysForAsync(string? keyId, CancellationToken cancellationToken)
    {
        var keys = SigningKeys.From(await _manager.GetConfigurationAsync(cancellationToken));
        if (keyId is null || keys.Has(keyId))
        {
            return keys;
        }

        _manager.RequestRefresh();
        return SigningKeys.From(await _manager.GetConfigurationAsync(cancellationToken));
    }
}
