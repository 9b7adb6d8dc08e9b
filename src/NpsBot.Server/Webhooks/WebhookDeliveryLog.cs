using Microsoft.EntityFrameworkCore;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.Webhooks;

/// <summary>The newest delivery attempts per subscription (table <c>webhook_deliveries</c>), for the admin page; older ones are deleted.</summary>
public sealed class WebhookDeliveryLog(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock)
{
    public const string Delivered = "delivered";
    public const string Retrying = "retrying";
    public const string Failed = "failed";

    /// <summary>How many attempts are kept per subscription.</summary>
    public const int Kept = 20;

    public async Task RecordAsync(WebhookDelivery delivery, int attempt, int? statusCode, string outcome, string? error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        context.WebhookDeliveries.Add(new WebhookDeliveryRecord
        {
            SubscriptionId = delivery.SubscriptionId,
            EventId = delivery.EventId,
            EventType = delivery.EventType,
            Attempt = attempt,
            StatusCode = statusCode,
            Outcome = outcome,
            Error = error is { Length: > 1024 } ? error[..1024] : error,
            At = clock.GetUtcNow().UtcDateTime,
        });
        await context.SaveChangesAsync(cancellationToken);
        var oldestKept = await context.WebhookDeliveries.Where(d => d.SubscriptionId == delivery.SubscriptionId)
            .OrderByDescending(d => d.Id).Skip(Kept - 1).Select(d => (long?)d.Id).FirstOrDefaultAsync(cancellationToken);
        if (oldestKept is { } id)
        {
            await context.WebhookDeliveries.Where(d => d.SubscriptionId == delivery.SubscriptionId && d.Id < id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>The newest attempts of each subscription, newest first.</summary>
    public async Task<ILookup<long, WebhookDeliveryRecord>> NewestAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await context.WebhookDeliveries.AsNoTracking().OrderByDescending(d => d.Id).ToListAsync(cancellationToken);
        return rows.ToLookup(d => d.SubscriptionId);
    }
}
