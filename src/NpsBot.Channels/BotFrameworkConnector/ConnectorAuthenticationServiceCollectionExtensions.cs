using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;
using NpsBot.Channels.BotFrameworkConnector.Authentication;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Registers inbound token validation and outbound tokens, bound from the configuration's root keys as Azure Bot Service
/// names them (<c>MicrosoftAppId</c>, <c>MicrosoftAppType</c>...), with <c>Bot:MicrosoftAppId</c> etc. read as well.
/// </summary>
public static class ConnectorAuthenticationServiceCollectionExtensions
{
    public const string LegacySection = "Bot";

    public static IServiceCollection AddConnectorAuthentication(this IServiceCollection services)
    {
        services.AddOptions<BotAuthenticationOptions>()
            .Configure<IConfiguration>((options, configuration) =>
            {
                configuration.GetSection(LegacySection).Bind(options);
                configuration.Bind(options);
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddHttpClient(ConnectorKeySources.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalHttpClientFactory.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<ConnectorKeySources>();
        services.AddSingleton<ConnectorAuthenticator>();
        services.AddSingleton<IMsalHttpClientFactory, MsalHttpClientFactory>();
        services.AddSingleton<IConnectorTokenProvider>(provider =>
            provider.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value.IsEnabled
                ? ActivatorUtilities.CreateInstance<MsalConnectorTokenProvider>(provider)
                : new NoConnectorToken());
        return services;
    }
}
