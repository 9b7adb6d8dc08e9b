using NpsBot.Storage;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// The webhook events of a change made outside a turn (an agent resolving a case at the desk, a survey becoming
/// abandoned), read from its records as <see cref="WebhookEventsBot"/> reads a turn's, and added to the change's own
/// transaction. With no active subscription (<see cref="WebhookSubscriptionPresence"/>) nothing is added.
/// </summary>
public sealed class WebhookEventsOutsideTurns(WebhookSubscriptionPresence presence) : IOutsideTurnWork
{
    public async Task AddAsync(NpsBotDbContext context, IReadOnlyList<object> records, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var webhookEvent in await WebhookEventsBot.ToQueueAsync(records, now, presence, cancellationToken))
        {
            WebhookEventJobs.Add(context, webhookEvent, now);
        }
    }
}
