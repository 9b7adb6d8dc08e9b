using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using NpsBot.Console.Admin;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Integrations;
using NpsBot.Storage;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// The console's webhooks page (<see cref="IWebhookAdmin"/>): the subscriptions service (the SSRF guard included) and
/// the delivery log; a test event is one "webhook.deliver" job for that subscription, signed and retried like any other.
/// </summary>
public sealed class WebhookAdmin(
    WebhookSubscriptionService subscriptions, WebhookDeliveryLog deliveries, IDbContextFactory<NpsBotDbContext> contexts, WorkQueueSignal signal,
    TimeProvider clock) : IWebhookAdmin
{
    public const string TestEventType = "webhook.test";

    public IReadOnlyList<string> EventTypes => WebhookEvents.All;

    public async Task<IReadOnlyList<WebhookView>> ListAsync(CancellationToken cancellationToken)
    {
        var hooks = await subscriptions.ListAsync(cancellationToken);
        var newest = await deliveries.NewestAsync(cancellationToken);
        return [.. hooks.Select(hook => new WebhookView(
            hook.Id, hook.Url.AbsoluteUri, hook.Events, hook.CreatedAt, hook.Active,
            [.. newest[hook.Id].Take(5).Select(d => new WebhookDeliveryView(
                d.EventId, d.EventType, new DateTimeOffset(DateTime.SpecifyKind(d.At, DateTimeKind.Utc)), d.Attempt, d.StatusCode, d.Outcome, d.Error))]))];
    }

    public async Task<WebhookCreated> CreateAsync(string url, IReadOnlyList<string> events, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var target))
        {
            return new WebhookCreated(false, Error: "The URL must be an absolute https address.");
        }

        if (events is null || events.Count == 0)
        {
            return new WebhookCreated(false, Error: "Choose at least one event.");
        }

        try
        {
            var created = await subscriptions.AddAsync(target, events, cancellationToken);
            return new WebhookCreated(true, created.Subscription.Id, created.Secret);
        }
        catch (ArgumentException e)
        {
            return new WebhookCreated(false, Error: e.Message.Split(" (Parameter", 2)[0]);
        }
    }

    public Task<bool> DisableAsync(long id, CancellationToken cancellationToken) => subscriptions.RemoveAsync(id, cancellationToken);

    public async Task<bool> SendTestAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await context.WebhookSubscriptions.AnyAsync(w => w.Id == id && w.DisabledAt == null, cancellationToken))
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var test = WebhookEvent.Of($"{TestEventType}:{Guid.NewGuid():N}", TestEventType, now, new { message = "A test event from the NpsBot console." });
        var delivery = new WebhookDelivery(id, test.Id, test.Type, test.ToBody());
        WorkQueueEntries.Add(context, new WorkRequest(WebhookEventJobs.DeliveryKind, JsonSerializer.Serialize(delivery, WebhookEvent.Json), now), now);
        await context.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return true;
    }
}
