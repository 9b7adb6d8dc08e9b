using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace NpsBot.Channels.BotFrameworkConnector.Authentication;

/// <summary>
/// Client-credentials tokens for the Bot Connector from MSAL (scope <c>https://api.botframework.com/.default</c>): an app
/// secret for MultiTenant (authority tenant <c>botframework.com</c>) and SingleTenant (the app's tenant), the user-assigned
/// managed identity of the host for UserAssignedMSI. MSAL keeps the token in its in-memory cache and asks for a new one
/// shortly before it expires; a 401 from the connector forces one.
/// </summary>
public sealed class MsalConnectorTokenProvider : IConnectorTokenProvider
{
    private readonly BotAuthenticationOptions _options;
    private readonly Lazy<IConfidentialClientApplication> _secretApp;
    private readonly Lazy<IManagedIdentityApplication> _managedIdentity;

    public MsalConnectorTokenProvider(IOptions<BotAuthenticationOptions> options, IMsalHttpClientFactory http)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        var settings = _options;

        // Instance discovery is off so the configured authority (a sovereign cloud, a local stand-in) is used as it is.
        _secretApp = new(() => ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(settings.Authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(http)
            .Build());
        _managedIdentity = new(() => ManagedIdentityApplicationBuilder.Create(ManagedIdentityId.WithUserAssignedClientId(settings.MicrosoftAppId))
            .WithHttpClientFactory(http)
            .Build());
    }

    public async Task<string?> GetTokenAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        if (_options.MicrosoftAppType == MicrosoftAppTypes.UserAssignedMsi)
        {
            var msi = await _managedIdentity.Value.AcquireTokenForManagedIdentity(_options.ToChannelFromBotOAuthScope)
                .WithForceRefresh(forceRefresh)
                .ExecuteAsync(cancellationToken);
            return msi.AccessToken;
        }

        var result = await _secretApp.Value.AcquireTokenForClient([_options.Scope])
            .WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
