using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;
using NpsBot.Storage.Work;

namespace NpsBot.Storage.Tests.Work;

public sealed class SqliteWorkQueueStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Jobs_of_a_turn_are_committed_with_the_turn_and_not_with_a_turn_that_lost_its_race()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var store = queue.Database.Store;
        await store.CommitAsync(Turns.Commit("abc", 0) with { Work = [queue.Job("first")] }, Ct);

        await Assert.ThrowsAsync<TurnConflictException>(
            () => store.CommitAsync(Turns.Commit("abc", 0, activityId: "late") with { Work = [queue.Job("lost")] }, Ct));
        var claimed = await queue.Instance("a").ClaimAsync(10, Ct);

        Assert.Equal(["first"], claimed.Select(item => item.Payload));
        Assert.Equal(1, claimed[0].Attempt);
    }

    [Fact]
    public async Task A_commit_that_queues_work_signals_the_runner()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var signal = queue.Database.Services.GetRequiredService<WorkQueueSignal>();

        await queue.Database.Store.CommitAsync(Turns.Commit("abc", 0) with { Work = [queue.Job("x")] }, Ct);
        var notified = await signal.WaitAsync(TimeSpan.Zero, TimeProvider.System, Ct);

        Assert.True(notified);
    }

    [Fact]
    public async Task Only_due_jobs_are_claimed()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var instance = queue.Instance("a");
        await instance.EnqueueAsync(queue.Job("now"), Ct);
        await instance.EnqueueAsync(queue.Job("later", dueIn: TimeSpan.FromMinutes(5)), Ct);

        var first = await instance.ClaimAsync(10, Ct);
        await instance.CompleteAsync(first[0], Ct);
        queue.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await instance.ClaimAsync(10, Ct);

        Assert.Equal(["now"], first.Select(item => item.Payload));
        Assert.Equal(["later"], second.Select(item => item.Payload));
    }

    [Fact]
    public async Task A_leased_job_goes_to_no_other_instance_until_the_lease_runs_out_and_then_the_first_owner_cannot_finish_it()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var crashed = queue.Instance("crashed");
        var survivor = queue.Instance("survivor");
        await crashed.EnqueueAsync(queue.Job("job"), Ct);
        var claimedByCrashed = Assert.Single(await crashed.ClaimAsync(10, Ct));

        var whileLeased = await survivor.ClaimAsync(10, Ct);
        queue.Clock.Advance(WorkQueueFixture.DefaultOptions.LeaseDuration);
        var afterExpiry = Assert.Single(await survivor.ClaimAsync(10, Ct));

        Assert.Empty(whileLeased);
        Assert.Equal(claimedByCrashed.Id, afterExpiry.Id);
        Assert.Equal(2, afterExpiry.Attempt);
        Assert.False(await crashed.CompleteAsync(claimedByCrashed, Ct));
        Assert.True(await survivor.CompleteAsync(afterExpiry, Ct));
        Assert.Equal(0, (await survivor.GetSnapshotAsync(Ct)).Depth);
    }

    [Fact]
    public async Task Jobs_with_one_order_key_run_one_after_another_in_queue_order_while_other_keys_go_on()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var instance = queue.Instance("a");
        foreach (var (payload, key) in new[] { ("k1-first", "k1"), ("k1-second", "k1"), ("k2-first", "k2"), ("k1-third", "k1"), ("free", null) })
        {
            await instance.EnqueueAsync(queue.Job(payload, key), Ct);
        }

        var round1 = await instance.ClaimAsync(10, Ct);
        var k1First = round1.Single(item => item.Payload == "k1-first");
        await instance.FailAsync(k1First, new HttpRequestException("503"), Ct);
        foreach (var other in round1.Where(item => item != k1First))
        {
            await instance.CompleteAsync(other, Ct);
        }

        queue.Clock.Advance(TimeSpan.FromSeconds(1));
        var whileFirstWaitsToRetry = await instance.ClaimAsync(10, Ct);
        queue.Clock.Advance(TimeSpan.FromMinutes(1));
        var retried = Assert.Single(await instance.ClaimAsync(10, Ct));
        await instance.CompleteAsync(retried, Ct);
        var round3 = await instance.ClaimAsync(10, Ct);
        await instance.CompleteAsync(round3.Single(), Ct);
        var round4 = await instance.ClaimAsync(10, Ct);

        Assert.Equal(["k1-first", "k2-first", "free"], round1.Select(item => item.Payload));
        Assert.Empty(whileFirstWaitsToRetry);
        Assert.Equal("k1-first", retried.Payload);
        Assert.Equal(["k1-second"], round3.Select(item => item.Payload));
        Assert.Equal(["k1-third"], round4.Select(item => item.Payload));
    }

    [Fact]
    public async Task A_failure_backs_off_exponentially_with_jitter_within_half_and_all_of_the_ceiling()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var instance = queue.Instance("a");
        await instance.EnqueueAsync(queue.Job("flaky"), Ct);
        var baseDelay = WorkQueueFixture.DefaultOptions.RetryBaseDelay;
        var waits = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            var item = Assert.Single(await instance.ClaimAsync(10, Ct));
            var failedAt = queue.Clock.GetUtcNow();
            var outcome = await instance.FailAsync(item, new TimeoutException("slow"), Ct);
            waits.Add(outcome.RetryAt!.Value - failedAt);
            queue.Clock.Advance(waits[^1] - TimeSpan.FromMilliseconds(1));
            Assert.Empty(await instance.ClaimAsync(10, Ct));
            queue.Clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        for (var i = 0; i < waits.Count; i++)
        {
            var ceiling = baseDelay * Math.Pow(2, i);
            Assert.InRange(waits[i], ceiling / 2, ceiling);
        }
    }

    [Fact]
    public async Task Retry_later_sets_the_next_run_at_the_time_it_names()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var instance = queue.Instance("a");
        await instance.EnqueueAsync(queue.Job("throttled"), Ct);
        var item = Assert.Single(await instance.ClaimAsync(10, Ct));

        var outcome = await instance.FailAsync(item, new RetryWorkLaterException(TimeSpan.FromSeconds(42), "429"), Ct);

        Assert.Equal(queue.Clock.GetUtcNow().AddSeconds(42), outcome.RetryAt);
        Assert.Equal("429", outcome.Reason);
    }

    [Fact]
    public async Task A_permanent_failure_is_a_dead_letter_with_its_reason_at_once_and_can_be_requeued()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var instance = queue.Instance("a");
        await instance.EnqueueAsync(queue.Job("poison", "k"), Ct);
        await instance.EnqueueAsync(queue.Job("next", "k"), Ct);
        var poison = Assert.Single(await instance.ClaimAsync(10, Ct));

        var outcome = await instance.FailAsync(poison, new WorkFailedPermanentlyException("the channel answered 400"), Ct);
        var next = Assert.Single(await instance.ClaimAsync(10, Ct));
        var snapshot = await instance.GetSnapshotAsync(Ct);
        var deadLetters = queue.Database.Services.GetRequiredService<DeadLetters>();
        var listed = Assert.Single(await deadLetters.ListAsync(Ct));

        Assert.True(outcome.IsDead);
        Assert.Equal("next", next.Payload);
        Assert.Equal(new WorkQueueSnapshot(1, TimeSpan.Zero, 1), snapshot);
        Assert.Equal((poison.Id, WorkItemStates.Dead, "the channel answered 400", 1), (listed.Id, listed.State, listed.LastError, listed.Attempts));
        Assert.Equal(1, await deadLetters.RetryAsync(null, Ct));
        Assert.Equal(0, (await instance.GetSnapshotAsync(Ct)).DeadLetters);
    }

    [Fact]
    public async Task The_last_allowed_attempt_makes_a_dead_letter_and_says_how_many_were_made()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var options = WorkQueueFixture.DefaultOptions;
        options.MaxAttempts = 2;
        var instance = queue.Instance("a", options);
        await instance.EnqueueAsync(queue.Job("always fails"), Ct);

        var first = await instance.FailAsync(Assert.Single(await instance.ClaimAsync(10, Ct)), new IOException("boom"), Ct);
        queue.Clock.Advance(options.RetryBaseDelay);
        var second = await instance.FailAsync(Assert.Single(await instance.ClaimAsync(10, Ct)), new IOException("boom"), Ct);

        Assert.False(first.IsDead);
        Assert.True(second.IsDead);
        Assert.Equal("gave up after 2 attempts: IOException: boom", second.Reason);
        await using var context = await queue.Database.OpenContextAsync();
        Assert.Equal(WorkItemStates.Dead, (await context.WorkItems.SingleAsync(Ct)).State);
    }

    [Fact]
    public async Task A_released_claim_is_due_again_at_once_without_counting_an_attempt()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var stopping = queue.Instance("stopping");
        await stopping.EnqueueAsync(queue.Job("unstarted"), Ct);
        var claimed = Assert.Single(await stopping.ClaimAsync(10, Ct));

        await stopping.ReleaseAsync([claimed], Ct);
        var again = Assert.Single(await queue.Instance("other").ClaimAsync(10, Ct));

        Assert.Equal(claimed.Id, again.Id);
        Assert.Equal(1, again.Attempt);
    }

    [Fact]
    public async Task The_snapshot_counts_waiting_jobs_and_ages_the_oldest_due_one()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        var instance = queue.Instance("a");
        await instance.EnqueueAsync(queue.Job("due"), Ct);
        await instance.EnqueueAsync(queue.Job("future", dueIn: TimeSpan.FromHours(1)), Ct);

        queue.Clock.Advance(TimeSpan.FromSeconds(90));
        var snapshot = await instance.GetSnapshotAsync(Ct);

        Assert.Equal(new WorkQueueSnapshot(2, TimeSpan.FromSeconds(90), 0), snapshot);
    }

    [Fact]
    public async Task Code_outside_a_turn_queues_a_job_in_its_own_ef_transaction()
    {
        await using var queue = await WorkQueueFixture.CreateAsync();
        await using (var context = await queue.Database.OpenContextAsync())
        {
            WorkQueueEntries.Add(context, queue.Job("from a verb", "k"), queue.Clock.GetUtcNow());
            await context.SaveChangesAsync(Ct);
        }

        var claimed = Assert.Single(await queue.Instance("a").ClaimAsync(10, Ct));

        Assert.Equal(("test.job", "from a verb"), (claimed.Kind, claimed.Payload));
    }
}
