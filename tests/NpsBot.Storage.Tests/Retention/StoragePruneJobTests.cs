using NpsBot.Storage.Retention;
using NpsBot.Storage.Tests.Work;
using NpsBot.Storage.Work;

namespace NpsBot.Storage.Tests.Retention;

public sealed class StoragePruneJobTests
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(1);
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_run_removes_only_replays_older_than_the_retention_keeps_every_transcript_line_and_queues_its_next_run()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var store = queue.Database.Store;
        await store.CommitAsync(Turns.Commit("old", 0, activityId: "old-1") with { At = Turns.Start }, Ct);
        await store.CommitAsync(Turns.Commit("edge", 0, activityId: "edge-1") with { At = Turns.Start.AddDays(1).AddMinutes(1) }, Ct);
        await store.CommitAsync(Turns.Commit("new", 0, activityId: "new-1") with { At = Turns.Start.AddDays(2) }, Ct);
        queue.Clock.SetUtcNow(Turns.Start.AddDays(2).AddSeconds(30));
        var job = Job(queue);
        var instance = queue.Instance("a");

        Assert.True(await job.EnsureScheduledAsync(Ct));
        var run = Assert.Single(await instance.ClaimAsync(10, Ct));
        await job.HandleAsync(run, Ct);
        await instance.CompleteAsync(run, Ct);

        Assert.Null(await store.FindRepliesAsync(Turns.Key("old"), "old-1", Ct));
        Assert.NotNull(await store.FindRepliesAsync(Turns.Key("edge"), "edge-1", Ct));
        Assert.NotNull(await store.FindRepliesAsync(Turns.Key("new"), "new-1", Ct));
        Assert.Equal(6, Count(queue, "SELECT COUNT(*) FROM transcript_entries"));
        Assert.Equal(3, Count(queue, "SELECT COUNT(*) FROM conversations"));
        var next = Assert.Single(PendingPrunes(queue));
        Assert.Equal(queue.Clock.GetUtcNow().UtcDateTime + Interval, next);
    }

    [Fact]
    public async Task A_backlog_goes_in_bounded_batches_and_the_run_after_a_full_one_is_due_at_once()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        for (var i = 0; i < 25; i++)
        {
            await queue.Database.Store.CommitAsync(Turns.Commit($"c{i}", 0) with { At = Turns.Start.AddSeconds(i) }, Ct);
        }

        queue.Clock.SetUtcNow(Turns.Start.AddDays(3));
        var job = Job(queue, batchSize: 1);
        var instance = queue.Instance("a");
        await job.EnsureScheduledAsync(Ct);

        var first = Assert.Single(await instance.ClaimAsync(10, Ct));
        await job.HandleAsync(first, Ct);
        await instance.CompleteAsync(first, Ct);
        var leftAfterFirst = Count(queue, "SELECT COUNT(*) FROM processed_activities");
        var dueAfterFirst = Assert.Single(PendingPrunes(queue));
        var second = Assert.Single(await instance.ClaimAsync(10, Ct));
        await job.HandleAsync(second, Ct);
        await instance.CompleteAsync(second, Ct);

        Assert.Equal(5, leftAfterFirst);
        Assert.Equal(queue.Clock.GetUtcNow().UtcDateTime, dueAfterFirst);
        Assert.Equal(0, Count(queue, "SELECT COUNT(*) FROM processed_activities"));
        Assert.Equal(queue.Clock.GetUtcNow().UtcDateTime + Interval, Assert.Single(PendingPrunes(queue)));
    }

    [Fact]
    public async Task There_is_one_chain_per_database_however_many_instances_start_and_when_a_run_repeats_after_a_lost_lease()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var job = Job(queue);
        var crashed = queue.Instance("crashed");
        var survivor = queue.Instance("survivor");

        var scheduled = new[] { await job.EnsureScheduledAsync(Ct), await job.EnsureScheduledAsync(Ct) };
        var run = Assert.Single(await crashed.ClaimAsync(10, Ct));

        // The first instance queues the next run, then dies before removing its own row.
        await job.HandleAsync(run, Ct);
        var whileLeased = await survivor.ClaimAsync(10, Ct);
        queue.Clock.Advance(WorkQueueFixture.DefaultOptions.LeaseDuration);
        var repeated = Assert.Single(await survivor.ClaimAsync(10, Ct));
        await job.HandleAsync(repeated, Ct);
        await survivor.CompleteAsync(repeated, Ct);
        var startedAgain = await job.EnsureScheduledAsync(Ct);

        Assert.Equal([true, false], scheduled);
        Assert.Empty(whileLeased);
        Assert.Equal(run.Id, repeated.Id);
        Assert.False(startedAgain);
        Assert.Single(PendingPrunes(queue));
    }

    private static StoragePruneJob Job(WorkQueueFixture queue, int batchSize = 1000) => new(
        queue.Database.Store,
        queue.Database.Options with { ReplayRetention = Retention, PruneInterval = Interval, PruneBatchSize = batchSize },
        queue.Clock);

    private static List<DateTime> PendingPrunes(WorkQueueFixture queue)
    {
        using var connection = Open(queue);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT due_at FROM work_items WHERE kind = '{StoragePruneJob.JobKind}' AND state = '{WorkItemStates.Pending}'";
        using var reader = command.ExecuteReader();
        var due = new List<DateTime>();
        while (reader.Read())
        {
            due.Add(DateTime.SpecifyKind(reader.GetDateTime(0), DateTimeKind.Utc));
        }

        return due;
    }

    private static long Count(WorkQueueFixture queue, string sql)
    {
        using var connection = Open(queue);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only constant statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        return (long)command.ExecuteScalar()!;
    }

    private static System.Data.Common.DbConnection Open(WorkQueueFixture queue) => queue.Database.OpenConnection();
}
