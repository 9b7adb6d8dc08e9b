namespace NpsBot.Storage.Entities;

/// <summary>
/// Where to send which events (table <c>webhook_subscriptions</c>); the signing secret is kept encrypted with
/// Data Protection (purpose <c>NpsBot.Webhooks</c>), because signing needs it back.
/// </summary>
public sealed class WebhookSubscriptionRecord
{
    public long Id { get; set; }

    public required string Url { get; set; }

    /// <summary>Event names, comma-separated (<c>response.recorded,case.opened</c>).</summary>
    public required string Events { get; set; }

    public required string ProtectedSecret { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Set when removed: no new deliveries are queued for it.</summary>
    public DateTime? DisabledAt { get; set; }
}
