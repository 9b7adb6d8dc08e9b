using Microsoft.Extensions.DependencyInjection;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>Registers the outbound Bot Connector client with retries (429/5xx, Retry-After honoured) and the reply outbox.</summary>
public static class ConnectorServiceCollectionExtensions
{
    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        services.AddHttpClient<ConnectorClient>().AddStandardResilienceHandler(options =>
        {
            options.Retry.MaxRetryAttempts = 4;
            options.Retry.ShouldRetryAfterHeader = true;
        });
        services.AddSingleton<ReplyOutbox>();
        services.AddHostedService(provider => provider.GetRequiredService<ReplyOutbox>());
        return services;
    }
}
