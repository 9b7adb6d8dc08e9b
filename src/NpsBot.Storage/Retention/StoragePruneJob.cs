using NpsBot.Conversations.Work;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Retention;

/// <summary>
/// The recurring <c>storage.prune</c> job of the durable work queue: deletes the duplicate-replay cache
/// (<c>processed_activities</c>) older than <see cref="StorageOptions.ReplayRetention"/>, in batches of
/// <see cref="StorageOptions.PruneBatchSize"/> rows (each its own write on the turn store's writer, so turns go on
/// between batches), then queues its own next run: at once while a backlog remains, else after
/// <see cref="StorageOptions.PruneInterval"/>. Transcripts, responses and cases are never touched.
/// One chain per database, not per instance: the next run is queued only if no other pending <c>storage.prune</c>
/// exists, and all runs share one order key, so a run that repeats after a lost lease neither runs beside its
/// successor nor queues a second one. Idempotent: running it twice deletes nothing more.
/// </summary>
public sealed class StoragePruneJob(SqliteTurnStore writer, StorageOptions options, TimeProvider clock) : IWorkHandler
{
    public const string JobKind = "storage.prune";

    // Bounds one run (and how long a run holds a work-queue slot); a larger backlog continues in the next run.
    private const int MaxBatchesPerRun = 20;

    public string Kind => JobKind;

    private int BatchSize => Math.Max(1, options.PruneBatchSize);

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var cutoff = clock.GetUtcNow() - options.ReplayRetention;
        var batches = 0;
        int pruned;
        do
        {
            pruned = await PruneReplaysAsync(cutoff, cancellationToken);
            batches++;
        }
        while (pruned == BatchSize && batches < MaxBatchesPerRun);

        var backlog = pruned == BatchSize;
        var now = clock.GetUtcNow();
        await ScheduleAsync(item.Id, backlog ? now : now + options.PruneInterval, cancellationToken);
    }

    /// <summary>Queues the first run unless a pending one exists (at every start; any number of instances).</summary>
    public Task<bool> EnsureScheduledAsync(CancellationToken cancellationToken) =>
        ScheduleAsync(current: 0, clock.GetUtcNow(), cancellationToken);

    /// <summary>Deletes one batch of replays processed before <paramref name="cutoff"/>; returns how many.</summary>
    public Task<int> PruneReplaysAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        writer.WriteAsync(
            sql => TurnCommands.Execute(sql.PruneReplays, ("$limit", BatchSize), ("$cutoff", cutoff.UtcDateTime)),
            queuesWork: false,
            cancellationToken);

    private Task<bool> ScheduleAsync(long current, DateTimeOffset dueAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return writer.WriteAsync(
            sql => TurnCommands.Execute(
                sql.SchedulePrune,
                ("$kind", JobKind), ("$payload", "{}"), ("$due_at", dueAt.UtcDateTime), ("$created_at", now), ("$current", current)) > 0,
            queuesWork: true,
            cancellationToken);
    }
}
