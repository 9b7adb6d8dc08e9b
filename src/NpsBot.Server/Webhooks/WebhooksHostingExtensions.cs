using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Webhooks;

/// <summary>Webhooks out: subscriptions, the bot wrapper that schedules events with each turn, the fan-out and delivery jobs.</summary>
public static class WebhooksHostingExtensions
{
    /// <summary>Call after the bot is registered: it wraps the registered <see cref="IBot"/>.</summary>
    public static WebApplicationBuilder AddWebhooks(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<WebhookTargetGuard>();
        builder.Services.AddSingleton<WebhookSubscriptionPresence>();
        builder.Services.AddSingleton<NpsBot.Storage.Work.IOutsideTurnWork, WebhookEventsOutsideTurns>();
        builder.Services.AddSingleton<WebhookSubscriptionService>();
        builder.Services.AddSingleton<WebhookDeliveryLog>();
        builder.Services.AddSingleton<NpsBot.Console.Admin.IWebhookAdmin, WebhookAdmin>();
        builder.Services.AddSingleton<IWebhookSubscriptions>(services => services.GetRequiredService<WebhookSubscriptionService>());
        builder.Services.AddSingleton<IWorkHandler, WebhookFanOutHandler>();
        builder.Services.AddSingleton<IWorkHandler, WebhookDeliveryHandler>();
        builder.Services.AddHttpClient(WebhookDeliveryHandler.HttpClientName, client =>
        {
            client.Timeout = builder.Configuration.GetValue("Webhooks:Timeout", TimeSpan.FromSeconds(10));
            client.DefaultRequestHeaders.UserAgent.ParseAdd("NpsBot-Webhooks/1.0");
        }).ConfigurePrimaryHttpMessageHandler(services => new SocketsHttpHandler
        {
            // The SSRF guard on the address actually connected to; no redirects (a 3xx is a refusal, not a detour inside).
            ConnectCallback = services.GetRequiredService<WebhookTargetGuard>().ConnectAsync,
            AllowAutoRedirect = false,
        });

        var bot = builder.Services.LastOrDefault(d => d.ServiceType == typeof(IBot))
            ?? throw new InvalidOperationException("AddWebhooks wraps the bot: register IBot first.");
        builder.Services.Remove(bot);
        builder.Services.Add(new ServiceDescriptor(typeof(IBot), services => new WebhookEventsBot(Inner(bot, services), services.GetRequiredService<WebhookSubscriptionPresence>()), bot.Lifetime));
        return builder;
    }

    private static IBot Inner(ServiceDescriptor bot, IServiceProvider services) => bot switch
    {
        { ImplementationInstance: IBot instance } => instance,
        { ImplementationFactory: { } factory } => (IBot)factory(services),
        { ImplementationType: { } type } => (IBot)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The registered IBot cannot be wrapped."),
    };
}
