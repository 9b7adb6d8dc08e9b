using NpsBot.Conversations.Work;
using NpsBot.Storage;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// An event enters the durable work queue as one "webhook.event" job, written with the change that caused it: in the
/// turn's transaction (<see cref="Request"/> with <c>TurnContext.Schedule</c>), or in an EF transaction of code outside a
/// turn (<see cref="Add"/>, e.g. an agent resolving a case). Its handler fans it out to the subscriptions.
/// </summary>
public static class WebhookEventJobs
{
    public const string EventKind = "webhook.event";
    public const string DeliveryKind = "webhook.deliver";

    public static WorkRequest Request(WebhookEvent webhookEvent)
    {
        ArgumentNullException.ThrowIfNull(webhookEvent);
        return new WorkRequest(EventKind, webhookEvent.ToBody(), webhookEvent.OccurredAt);
    }

    /// <summary>Adds the event's job to <paramref name="context"/>; it is saved with the caller's <c>SaveChangesAsync</c> (then call <c>WorkQueueSignal.Notify</c>).</summary>
    public static void Add(NpsBotDbContext context, WebhookEvent webhookEvent, DateTimeOffset now) =>
        WorkQueueEntries.Add(context, Request(webhookEvent), now);
}
