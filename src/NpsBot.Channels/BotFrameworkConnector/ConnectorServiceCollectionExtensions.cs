using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>Registers the outbound Bot Connector client (a timeout, no retries) and the reply-delivery job of the work queue.</summary>
public static class ConnectorServiceCollectionExtensions
{
    /// <summary>How long one POST to a channel may take; a timeout is retried by the work queue with backoff.</summary>
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddBotConnector(this IServiceCollection services)
    {
        // No retry handler: the work queue retries (durably, with backoff and Retry-After); two layers would multiply
        // attempts. A plain HttpClient timeout, not a resilience pipeline: it is all that is left of it, for less per send.
        services.AddHttpClient<ConnectorClient>(http => http.Timeout = RequestTimeout);
        services.AddTransient<IWorkHandler, ReplyDeliveryHandler>();
        services.AddSingleton<SealedReplies>();
        services.AddSingleton<NpsBot.Conversations.Outbound.IConversationOutbound, ConnectorOutbound>();
        services.AddTransient<IWorkHandler, Teams.CardUpdateHandler>();
        services.AddSingleton<Proactive.IProactiveChannel, Teams.TeamsProactiveChannel>();
        return services;
    }
}
