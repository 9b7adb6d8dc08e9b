namespace NpsBot.Recovery.Integrations;

/// <summary>Webhook subscriptions: the <c>webhooks</c> CLI verb, the REST API and the admin page call this one service.</summary>
public interface IWebhookSubscriptions
{
    /// <summary>Adds a subscription with a new secret; throws <see cref="ArgumentException"/> naming the bad argument (url, events).</summary>
    Task<CreatedWebhook> AddAsync(Uri url, IReadOnlyList<string> events, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebhookSubscription>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Stops new deliveries; false when no active subscription has that id.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);
}
