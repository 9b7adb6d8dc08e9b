namespace NpsBot.Storage.Entities;

/// <summary>
/// One attempt to deliver a webhook event (table <c>webhook_deliveries</c>), for the admin page's "last deliveries":
/// the receiver's status code or the error, and what became of it. Only the newest few per subscription are kept.
/// No customer data: ids and event types only (the body is not kept).
/// </summary>
public sealed class WebhookDeliveryRecord
{
    public long Id { get; set; }

    public long SubscriptionId { get; set; }

    public required string EventId { get; set; }

    public required string EventType { get; set; }

    public int Attempt { get; set; }

    /// <summary>The receiver's HTTP status, when it answered.</summary>
    public int? StatusCode { get; set; }

    /// <summary><c>delivered</c>, <c>retrying</c> or <c>failed</c> (a dead letter).</summary>
    public required string Outcome { get; set; }

    public string? Error { get; set; }

    public DateTime At { get; set; }
}
