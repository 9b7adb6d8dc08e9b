using NpsBot.Conversations.Runner;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Tests.Stores;

public sealed class ResponseQueriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Count_counts_the_responses_completed_in_the_period()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SaveResponsesAsync(database, (10, 0), (8, 1), (3, 2), (9, 3));

        var inPeriod = await database.Queries.CountAsync(Turns.Start.AddHours(1), Turns.Start.AddHours(3), Ct);
        var all = await database.Queries.CountAsync(null, null, Ct);

        Assert.Equal(2, inPeriod);
        Assert.Equal(4, all);
    }

    [Fact]
    public async Task Latest_returns_the_newest_responses_first_with_every_field()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SaveResponsesAsync(database, (10, 0), (8, 1), (3, 2));

        var latest = await database.Queries.LatestAsync(2, Ct);

        Assert.Equal([Turns.Response("c2", 3, Turns.Start.AddHours(2)), Turns.Response("c1", 8, Turns.Start.AddHours(1))], latest);
    }

    [Fact]
    public async Task Nps_counts_each_category_in_the_period()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SaveResponsesAsync(database, (10, 0), (9, 0), (7, 0), (2, 0), (0, 5));

        var nps = await database.Queries.NpsAsync(Turns.Start, Turns.Start.AddHours(1), Ct);

        Assert.Equal(new NpsCounts(Promoters: 2, Passives: 1, Detractors: 1), nps);
        Assert.Equal(25, nps.Score);
    }

    [Fact]
    public async Task Nps_of_a_period_without_responses_has_no_score()
    {
        await using var database = await TestDatabase.CreateAsync();

        var nps = await database.Queries.NpsAsync(Turns.Start, Turns.Start.AddHours(1), Ct);

        Assert.Equal(new NpsCounts(0, 0, 0), nps);
        Assert.Null(nps.Score);
    }

    [Fact]
    public async Task Transcript_returns_the_lines_of_one_conversation_in_order()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0), Ct);
        await database.Store.CommitAsync(Turns.Commit("other", 0), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1), Ct);

        var transcript = await database.Queries.TranscriptAsync(Turns.Key("abc"), Ct);

        Assert.Equal<TranscriptEntry>([.. Turns.Commit("abc", 0).Transcript, .. Turns.Commit("abc", 1).Transcript], transcript);
    }

    private static async Task SaveResponsesAsync(TestDatabase database, params (int Score, int Hour)[] responses)
    {
        for (var i = 0; i < responses.Length; i++)
        {
            var (score, hour) = responses[i];
            var response = Turns.Response($"c{i}", score, Turns.Start.AddHours(hour));
            await database.Store.CommitAsync(Turns.Commit($"c{i}", 0, records: [response]), Ct);
        }
    }
}
