using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// Signing keys from one OpenID metadata document, through IdentityModel's ConfigurationManager (cached, refreshed every
/// 24 hours). A token naming a key id the cache does not have makes it fetch the document again at once, at most once per
/// <see cref="RefreshInterval"/> (so made-up key ids cannot make us hammer the metadata server): ConfigurationManager's
/// own RequestRefresh refreshes in the background, which would refuse the very token that revealed the new key.
/// </summary>
public sealed class OpenIdKeySource : IDisposable
{
    public static readonly TimeSpan AutomaticRefreshInterval = TimeSpan.FromHours(24);

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(30);

    private readonly string _metadataUrl;
    private readonly HttpDocumentRetriever _documents;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _refreshing = new(1, 1);
    private SigningKeys? _refreshed;
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;

    public OpenIdKeySource(string metadataUrl, HttpClient http, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(metadataUrl);
        _metadataUrl = metadataUrl;
        _clock = clock;
        _documents = new HttpDocumentRetriever(http) { RequireHttps = metadataUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), _documents)
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

        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            if (_refreshed is { } recent && recent.Has(keyId))
            {
                return recent;
            }

            if (_clock.GetUtcNow() - _refreshedAt < RefreshInterval)
            {
                return _refreshed ?? keys;
            }

            _refreshedAt = _clock.GetUtcNow();
            var configuration = await OpenIdConnectConfigurationRetriever.GetAsync(_metadataUrl, _documents, cancellationToken);
            _refreshed = SigningKeys.From(configuration);
            _manager.RequestRefresh();
            return _refreshed;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    public void Dispose() => _refreshing.Dispose();
}
