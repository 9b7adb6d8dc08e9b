using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Messages;

/// <summary>
/// The duplicate-replay cache is kept for Storage:ReplayRetention and pruned by the recurring storage.prune job the
/// server queues at start. Within the retention a re-sent activity gets its first replies and runs nothing; after it, the
/// activity id is no longer known and the message is handled once more as a new message (documented in the README).
/// </summary>
public sealed class ReplayRetentionTests : IAsyncDisposable
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private readonly SettableClock _clock = new(DateTimeOffset.UtcNow);
    private readonly ServerFactory _server;

    public ReplayRetentionTests() => _server = new ServerFactory(
        settings: new Dictionary<string, string?> { ["Storage:ReplayRetention"] = "1.00:00:00", ["WorkQueue:PollInterval"] = "00:00:00.200" },
        clock: _clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task A_resent_activity_gets_its_first_replies_until_the_prune_job_removes_them_after_the_retention_and_then_runs_as_a_new_message()
    {
        var customer = new BotClient(_server.CreateClient(), "late-retry");
        await customer.JoinAsync(Ct);
        var score = customer.Activity(ActivityTypes.Message) with { Text = "7" };

        var first = await customer.PostAsync(score, Ct);
        var resent = await customer.PostAsync(score, Ct);
        var keptAtTheRetention = await WaitForReplayAsync(score.Id!, present: true, after: TimeSpan.FromDays(1) - TimeSpan.FromMinutes(1));
        var prunedAfterIt = await WaitForReplayAsync(score.Id!, present: false, after: TimeSpan.FromHours(1));
        var afterRetention = await customer.PostAsync(score, Ct);
        var resentAgain = await customer.PostAsync(score, Ct);

        Assert.Equal(BotClient.Text(first), BotClient.Text(resent));
        Assert.True(keptAtTheRetention);
        Assert.True(prunedAfterIt);
        Assert.NotEqual(BotClient.Text(first), BotClient.Text(afterRetention));
        Assert.Equal(BotClient.Text(afterRetention), BotClient.Text(resentAgain));
        Assert.Equal(2, Count($"SELECT COUNT(*) FROM transcript_entries WHERE direction = 'in' AND activity_id = '{score.Id}'"));
        Assert.Equal(1, Count("SELECT COUNT(*) FROM work_items WHERE kind = 'storage.prune' AND state = 'pending'"));
    }

    /// <summary>
    /// Moves the server's clock on by <paramref name="after"/>, then waits (bounded) for the prune job to have run at
    /// that time (the job runs every hour): true when the replay of <paramref name="activityId"/> is then <paramref name="present"/> as expected.
    /// </summary>
    private async Task<bool> WaitForReplayAsync(string activityId, bool present, TimeSpan after)
    {
        _clock.Now += after;
        var deadline = DateTime.UtcNow + WaitLimit;
        while (DateTime.UtcNow < deadline)
        {
            // A run is due (or running) while a storage.prune row is due at the server's time; its successor is due later.
            var runDue = Count($"SELECT COUNT(*) FROM work_items WHERE kind = 'storage.prune' AND due_at <= '{_clock.Now.UtcDateTime:yyyy-MM-dd HH:mm:ss.FFFFFFF}'") > 0;
            if (!runDue)
            {
                return (Count($"SELECT COUNT(*) FROM processed_activities WHERE activity_id = '{activityId}'") == 1) == present;
            }

            await Task.Delay(50, Ct);
        }

        return false;
    }

    private long Count(string sql)
    {
        using var connection = TestStorage.OpenConnection(_server.DataDirectory);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only statements with ids the test made.
        command.CommandText = sql;
#pragma warning restore CA2100
        return (long)command.ExecuteScalar()!;
    }
}
