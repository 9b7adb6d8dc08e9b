using System.Data.Common;
using NpsBot.Conversations.Work;

namespace NpsBot.Storage.Tests.Work;

/// <summary>
/// Issue 13 (CPU, bytes): a job that supersedes its predecessors ("response.abandon", scheduled again at every answer)
/// moves the pending one instead of queueing a row per answer; one that already ran or is running stays.
/// </summary>
public sealed class SupersedingJobsTests
{
    private const string OrderKey = "response|r-1";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_superseding_job_moves_the_pending_one_to_its_due_time_and_payload()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var store = queue.Database.Store;
        var instance = queue.Instance("a");

        await store.CommitAsync(Turns.Commit("abc", 0) with { Work = [Superseding(queue, "first answer", TimeSpan.FromMinutes(30))] }, Ct);
        await store.CommitAsync(Turns.Commit("abc", 1) with { Work = [Superseding(queue, "second answer", TimeSpan.FromMinutes(40))] }, Ct);

        Assert.Equal(1L, PendingRows(queue));
        queue.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(await instance.ClaimAsync(10, Ct));
        queue.Clock.Advance(TimeSpan.FromMinutes(10));
        var claimed = await instance.ClaimAsync(10, Ct);
        Assert.Equal(["second answer"], claimed.Select(item => item.Payload));
        Assert.Equal(1, claimed[0].Attempt);
    }

    [Fact]
    public async Task A_claimed_job_is_not_moved_and_the_superseding_one_is_queued_after_it()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var store = queue.Database.Store;
        var instance = queue.Instance("a");
        await store.CommitAsync(Turns.Commit("abc", 0) with { Work = [Superseding(queue, "first answer", TimeSpan.Zero)] }, Ct);
        var running = await instance.ClaimAsync(10, Ct);

        await store.CommitAsync(Turns.Commit("abc", 1) with { Work = [Superseding(queue, "second answer", TimeSpan.FromMinutes(30))] }, Ct);

        Assert.Equal(["first answer"], running.Select(item => item.Payload));
        Assert.Equal(2L, PendingRows(queue));
        await instance.CompleteAsync(running[0], Ct);
        queue.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(["second answer"], (await instance.ClaimAsync(10, Ct)).Select(item => item.Payload));
    }

    [Fact]
    public async Task Jobs_that_do_not_supersede_are_each_queued()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var store = queue.Database.Store;

        await store.CommitAsync(Turns.Commit("abc", 0) with { Work = [queue.Job("one", OrderKey, TimeSpan.FromMinutes(30))] }, Ct);
        await store.CommitAsync(Turns.Commit("abc", 1) with { Work = [queue.Job("two", OrderKey, TimeSpan.FromMinutes(40))] }, Ct);

        Assert.Equal(2L, PendingRows(queue));
    }

    private static WorkRequest Superseding(WorkQueueFixture queue, string payload, TimeSpan dueIn) =>
        queue.Job(payload, OrderKey, dueIn) with { Supersedes = true };

    private static long PendingRows(WorkQueueFixture queue)
    {
        using DbConnection connection = queue.Database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM work_items WHERE state = 'pending'";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
