using Microsoft.EntityFrameworkCore;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Work;

/// <summary>The work queue's dead letters for operators: list them, and put them back in the queue.</summary>
public sealed class DeadLetters(IDbContextFactory<NpsBotDbContext> contexts, WorkQueueSignal signal, TimeProvider clock)
{
    /// <summary>Every dead letter, oldest first.</summary>
    public async Task<IReadOnlyList<WorkItemRecord>> ListAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.WorkItems.AsNoTracking()
            .Where(item => item.State == WorkItemStates.Dead)
            .OrderBy(item => item.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Makes one dead letter (or all when <paramref name="id"/> is null) pending and due now, with its attempts reset; returns how many.</summary>
    public async Task<int> RetryAsync(long? id, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var requeued = await context.WorkItems
            .Where(item => item.State == WorkItemStates.Dead && (id == null || item.Id == id))
            .ExecuteUpdateAsync(
                set => set.SetProperty(item => item.State, WorkItemStates.Pending)
                    .SetProperty(item => item.Attempts, 0)
                    .SetProperty(item => item.DueAt, now)
                    .SetProperty(item => item.LeaseOwner, (string?)null)
                    .SetProperty(item => item.LeaseUntil, (DateTime?)null),
                cancellationToken);
        if (requeued > 0)
        {
            signal.Notify();
        }

        return requeued;
    }
}
