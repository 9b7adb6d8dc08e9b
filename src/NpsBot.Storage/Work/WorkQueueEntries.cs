using NpsBot.Conversations.Work;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Work;

/// <summary>
/// Queues a job from code outside a turn (a CLI verb, an endpoint) in that code's own EF transaction: add it to the
/// context with the rest of the change, then <c>SaveChangesAsync</c>; it exists exactly when the change does. Call
/// <see cref="WorkQueueSignal.Notify"/> after saving to run it at once rather than at the next poll.
/// </summary>
public static class WorkQueueEntries
{
    public static WorkItemRecord Add(NpsBotDbContext context, WorkRequest work, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(work);
        var row = new WorkItemRecord
        {
            Kind = work.Kind,
            Payload = work.Payload,
            OrderKey = work.OrderKey,
            DueAt = work.DueAt.UtcDateTime,
            State = WorkItemStates.Pending,
            CreatedAt = now.UtcDateTime,
        };
        context.WorkItems.Add(row);
        return row;
    }
}
