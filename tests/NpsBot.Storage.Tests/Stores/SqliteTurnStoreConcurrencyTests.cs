using System.Diagnostics;
using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Tests.Stores;

public sealed class SqliteTurnStoreConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Parallel_commits_of_one_new_conversation_let_exactly_one_win()
    {
        await using var database = await TestDatabase.CreateAsync();
        var commits = Enumerable.Range(0, 20)
            .Select(i => Turns.Commit("abc", 0, activityId: $"racer-{i}"))
            .ToList();

        var outcomes = await Outcomes(commits.Select(c => Task.Run(() => database.Store.CommitAsync(c, Ct), Ct)));

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<TurnConflictException>(o));
        Assert.Equal(1, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
        Assert.Equal(2, (await database.Queries.TranscriptAsync(Turns.Key("abc"), Ct)).Count);
    }

    [Fact]
    public async Task Parallel_commits_of_the_same_version_let_exactly_one_win()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0), Ct);

        var outcomes = await Outcomes(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => database.Store.CommitAsync(Turns.Commit("abc", 1, activityId: $"racer-{i}"), Ct), Ct)));

        Assert.Single(outcomes, o => o is null);
        Assert.Equal(2, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
    }

    [Fact]
    public async Task A_record_of_an_unknown_type_fails_only_its_own_commit()
    {
        await using var database = await TestDatabase.CreateAsync();
        var commits = Enumerable.Range(0, 10)
            .Select(i => Turns.Commit($"c{i}", 0, records: i == 5 ? [Turns.Response($"c{i}", 9, Turns.Start), "not a record"] : [Turns.Response($"c{i}", 9, Turns.Start)]))
            .ToList();

        var outcomes = await Outcomes(commits.Select(c => database.Store.CommitAsync(c, Ct)));

        Assert.IsType<NotSupportedException>(outcomes[5]);
        Assert.Equal(9, outcomes.Count(o => o is null));
        Assert.Null(await database.Store.LoadAsync(Turns.Key("c5"), Ct));
        Assert.Empty(await database.Queries.TranscriptAsync(Turns.Key("c5"), Ct));
        Assert.Equal(9, await database.Queries.CountAsync(null, null, Ct));
    }

    // The writer keeps its savepoint and statement journals in memory (issue 13, SqlitePragmas.InMemoryJournals): a
    // turn that moved its conversation row and wrote long lines (and their search index) after earlier turns of the
    // same batch must still be undone whole by its ROLLBACK TO, while the rest of its batch commits.
    [Fact]
    public async Task A_failing_turn_with_long_lines_is_undone_whole_and_the_rest_of_its_batch_commits()
    {
        await using var database = await TestDatabase.CreateAsync();
        var longText = string.Concat(Enumerable.Repeat("the parcel came late and the box was crushed ", 400));
        for (var i = 0; i < 10; i++)
        {
            await database.Store.CommitAsync(Turns.Commit($"c{i}", 0, inbound: Turns.Inbound($"c{i}", $"c{i}-0", longText)), Ct);
        }

        Assert.Equal(0, database.Store.RewrittenBatches);

        var outcomes = await Outcomes(Enumerable.Range(0, 10).Select(i => database.Store.CommitAsync(
            Turns.Commit($"c{i}", 1, inbound: Turns.Inbound($"c{i}", $"c{i}-1", longText), records: i == 5 ? ["not a record"] : []), Ct)));

        // Written straight first, then again with a savepoint per turn once turn 5 failed.
        Assert.InRange(database.Store.RewrittenBatches, 1, 10);
        Assert.IsType<NotSupportedException>(outcomes[5]);
        Assert.Equal(9, outcomes.Count(o => o is null));
        Assert.Equal(1, (await database.Store.LoadAsync(Turns.Key("c5"), Ct))?.Version);
        Assert.Equal(2, (await database.Queries.TranscriptAsync(Turns.Key("c5"), Ct)).Count);
        Assert.Equal(2, (await database.Store.LoadAsync(Turns.Key("c4"), Ct))?.Version);
        Assert.Equal(4, (await database.Queries.TranscriptAsync(Turns.Key("c4"), Ct)).Count);
    }

    [Fact]
    public async Task A_version_conflict_in_a_batch_leaves_the_conflicting_turn_out_and_every_other_turn_whole()
    {
        await using var database = await TestDatabase.CreateAsync();
        for (var i = 0; i < 10; i++)
        {
            await database.Store.CommitAsync(Turns.Commit($"c{i}", 0), Ct);
        }

        // PostgreSQL sends the turns' statements together (then checks the rows each changed); SQLite never does.
        Assert.Equal(database.Options.IsPostgres, database.Store.SentTogether >= 10);
        Assert.Equal(0, database.Store.RewrittenBatches);

        // Turn 3 expects a version that is not stored: its conversation row is not updated, and nothing else of it may stay.
        var outcomes = await Outcomes(Enumerable.Range(0, 10).Select(i => database.Store.CommitAsync(
            Turns.Commit($"c{i}", i == 3 ? 7 : 1, activityId: $"c{i}-1", records: [Turns.Response($"c{i}", 9, Turns.Start)]), Ct)));

        Assert.InRange(database.Store.RewrittenBatches, 1, 10);
        Assert.IsType<TurnConflictException>(outcomes[3]);
        Assert.Equal(9, outcomes.Count(o => o is null));
        Assert.Equal(1, (await database.Store.LoadAsync(Turns.Key("c3"), Ct))?.Version);
        Assert.Equal(2, (await database.Queries.TranscriptAsync(Turns.Key("c3"), Ct)).Count);
        Assert.Equal(2, (await database.Store.LoadAsync(Turns.Key("c4"), Ct))?.Version);
        Assert.Equal(4, (await database.Queries.TranscriptAsync(Turns.Key("c4"), Ct)).Count);
        Assert.Equal(9, await database.Queries.CountAsync(null, null, Ct));
    }

    [Fact]
    public async Task Dispose_writes_every_commit_already_queued()
    {
        await using var database = await TestDatabase.CreateAsync();
        var queued = Enumerable.Range(0, 100).Select(i => database.Store.CommitAsync(Turns.Commit($"c{i}", 0), Ct)).ToList();

        await database.ReopenAsync();

        await Task.WhenAll(queued);
        for (var i = 0; i < 100; i++)
        {
            Assert.NotNull(await database.Store.LoadAsync(Turns.Key($"c{i}"), Ct));
        }
    }

    /// <summary>A correctness check under load; the rate goes to the test output (no timed assert).</summary>
    [Fact]
    public async Task Many_writers_each_committing_turns_in_sequence_all_commit()
    {
        // 32 writers at once keep the group commit taking many turns per write; 125 turns each are 4,000 contended
        // commits, enough for the claim (500 each cost over a minute on PostgreSQL and checked nothing more).
        const int writers = 32;
        const int turnsEach = 125;
        await using var database = await TestDatabase.CreateAsync();
        var stopwatch = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(
            async () =>
            {
                for (var version = 0; version < turnsEach; version++)
                {
                    await database.Store.CommitAsync(Turns.Commit($"writer-{w}", version), Ct);
                }
            },
            Ct)));
        stopwatch.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{writers} writers x {turnsEach} commits: {writers * turnsEach / stopwatch.Elapsed.TotalSeconds:F0} commits/s");
        for (var w = 0; w < writers; w++)
        {
            Assert.Equal(turnsEach, (await database.Store.LoadAsync(Turns.Key($"writer-{w}"), Ct))?.Version);
        }

        Assert.Equal(2 * turnsEach, (await database.Queries.TranscriptAsync(Turns.Key("writer-7"), Ct)).Count);
    }

    private static async Task<List<Exception?>> Outcomes(IEnumerable<Task> commits)
    {
        var outcomes = new List<Exception?>();
        foreach (var commit in commits.ToList())
        {
            try
            {
                await commit;
                outcomes.Add(null);
            }
            catch (Exception exception)
            {
                outcomes.Add(exception);
            }
        }

        return outcomes;
    }
}
