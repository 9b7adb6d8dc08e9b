namespace NpsBot.Storage.Tests.Work;

/// <summary>
/// Lease renewal (issue 13): a handler that runs longer than the lease keeps its job, so a second instance never runs
/// it at the same time; a lease already taken over is reported lost. Two queue instances on one database, on the
/// provider the run is on (SQLite, or PostgreSQL in the suite's PostgreSQL pass).
/// </summary>
public sealed class WorkLeaseTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TimeSpan Interval => WorkQueueFixture.DefaultOptions.LeaseDuration / 3;

    [Fact]
    public async Task A_job_running_three_times_longer_than_its_lease_stays_with_its_instance_and_is_never_claimed_by_another()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var slow = queue.Instance("slow");
        var other = queue.Instance("other");
        await slow.EnqueueAsync(queue.Job("long-running"), Ct);
        var item = Assert.Single(await slow.ClaimAsync(10, Ct));
        var claimedByOther = new List<long>();

        var renewalNotBefore = queue.Clock.GetUtcNow() + Interval;
        await using (var lease = slow.KeepLease(item))
        {
            // Nine renewal intervals: three whole lease durations while the handler "runs".
            for (var renewal = 1; renewal <= 9; renewal++)
            {
                await AdvanceUntilAsync(queue, () => lease.Renewals >= renewal, renewalNotBefore);
                renewalNotBefore = queue.Clock.GetUtcNow() + Interval;
                claimedByOther.AddRange((await other.ClaimAsync(10, Ct)).Select(claimed => claimed.Id));
            }

            Assert.False(lease.Lost.IsCancellationRequested);
        }

        Assert.Empty(claimedByOther);
        Assert.True(await slow.CompleteAsync(item, Ct));
        Assert.Empty(await other.ClaimAsync(10, Ct));
        Assert.Equal(0, (await other.GetSnapshotAsync(Ct)).Depth);
    }

    [Fact]
    public async Task Without_renewal_the_lease_runs_out_and_a_lease_already_taken_over_is_reported_lost()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var stalled = queue.Instance("stalled");
        var other = queue.Instance("other");
        await stalled.EnqueueAsync(queue.Job("job"), Ct);
        var item = Assert.Single(await stalled.ClaimAsync(10, Ct));

        queue.Clock.Advance(WorkQueueFixture.DefaultOptions.LeaseDuration);
        var takenOver = Assert.Single(await other.ClaimAsync(10, Ct));
        var renewalNotBefore = queue.Clock.GetUtcNow() + Interval;
        await using var lease = stalled.KeepLease(item);
        await AdvanceUntilAsync(queue, () => lease.Lost.IsCancellationRequested, renewalNotBefore);

        Assert.Equal(item.Id, takenOver.Id);
        Assert.False(await stalled.RenewAsync(item, Ct));
        Assert.False(await stalled.CompleteAsync(item, Ct));
        Assert.True(await other.CompleteAsync(takenOver, Ct));
    }

    // Moves the fake clock in tenths of a renewal interval until the condition holds (the renewal loop may register its
    // next delay after the clock moved), so no more than 1.1 intervals pass between two renewals; fails after 20 s.
    // Before renewalNotBefore the lease's delay cannot end (it was registered no earlier than the last renewal seen, or
    // the lease's start), so nothing can happen there and those steps do not wait; from then on each step waits for the
    // renewal loop (up to 100 polls: it was every step, 9 of 10 of them for nothing, a minute for the nine renewals).
    private static async Task AdvanceUntilAsync(WorkQueueFixture queue, Func<bool> done, DateTimeOffset renewalNotBefore)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(20));
        while (!done())
        {
            queue.Clock.Advance(Interval / 10);
            if (queue.Clock.GetUtcNow() < renewalNotBefore)
            {
                continue;
            }

            for (var spin = 0; spin < 100 && !done(); spin++)
            {
                try
                {
                    await Task.Delay(5, limit.Token);
                }
                catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
                {
                    Assert.Fail("the lease was not renewed (or found lost) within 20 s");
                }
            }
        }
    }
}
