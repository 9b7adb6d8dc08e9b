using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Work;
using NpsBot.Storage;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// Runs "webhook.event": one "webhook.deliver" job per active subscription to the event's type, all saved in one
/// transaction (so each delivery retries on its own). Run twice, it queues the deliveries twice, with the same event id.
/// </summary>
public sealed class WebhookFanOutHandler(IDbContextFactory<NpsBotDbContext> contexts, WorkQueueSignal signal, TimeProvider clock) : IWorkHandler
{
    public string Kind => WebhookEventJobs.EventKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        WebhookEvent? webhookEvent;
        try
        {
            webhookEvent = JsonSerializer.Deserialize<WebhookEvent>(item.Payload, WebhookEvent.Json);
        }
        catch (JsonException e)
        {
            throw new WorkFailedPermanentlyException("The payload is not a webhook event.", e);
        }

        if (webhookEvent is null)
        {
            throw new WorkFailedPermanentlyException("The payload is not a webhook event.");
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var subscriptions = await context.WebhookSubscriptions.AsNoTracking()
            .Where(w => w.DisabledAt == null)
            .Select(w => new { w.Id, w.Events })
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var body = webhookEvent.ToBody();
        var queued = 0;
        foreach (var subscription in subscriptions.Where(s => s.Events.Split(',').Contains(webhookEvent.Type)))
        {
            var delivery = new WebhookDelivery(subscription.Id, webhookEvent.Id, webhookEvent.Type, body);
            WorkQueueEntries.Add(
                context,
                new WorkRequest(WebhookEventJobs.DeliveryKind, JsonSerializer.Serialize(delivery, WebhookEvent.Json), now),
                now);
            queued++;
        }

        if (queued > 0)
        {
            await context.SaveChangesAsync(cancellationToken);
            signal.Notify();
        }
    }
}
