namespace NpsBot.Console.Admin;

/// <summary>
/// Webhook subscriptions for the admin page, implemented by the host (the console does not see the database or the
/// work queue): list with the newest deliveries, subscribe (the signing secret is in the answer, once), disable, and
/// queue a test event for one subscription.
/// </summary>
public interface IWebhookAdmin
{
    /// <summary>The event types a subscription may choose.</summary>
    IReadOnlyList<string> EventTypes { get; }

    Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken cancellationToken);

    Task<WebhookCreated> CreateAsync(string url, IReadOnlyList<string> events, CancellationToken cancellationToken);

    /// <summary>False when there is no active subscription with that id.</summary>
    Task<bool> DisableAsync(long id, CancellationToken cancellationToken);

    /// <summary>Queues a <c>webhook.test</c> event for the subscription; false when it is not active.</summary>
    Task<bool> SendTestAsync(long id, CancellationToken cancellationToken);
}
