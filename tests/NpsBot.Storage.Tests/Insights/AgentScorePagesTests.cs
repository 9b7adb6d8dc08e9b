using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Insights;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The list a score bar opens under the agent filter (issue 10): the agent's responses with that score, newest first,
/// page after page, whichever shape the agent filter takes (threshold 0: every page walks the responses; 1,000: the keys
/// of the agent's cases the filter keeps, taken from the case facts). By hand, one hour apart in this order: b1-b5 score 3
/// with bo's cases, b6 score 2 with bo's case, c1 score 3 with cy's case, n1 score 3 without a case, b7 score 3 by sms
/// with bo's case.
/// </summary>
public sealed class AgentScorePagesTests
{
    private static readonly DateTime Start = new(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<int> Thresholds => [0, 1_000];

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task The_agents_score_3_responses_come_two_a_page_newest_first_to_the_end(int walkAbove)
    {
        await using var database = await SeedAsync();
        var reader = Reader(database, walkAbove);
        var bo3 = new InsightsFilter { Agent = "bo", Score = 3 };

        var pages = await AllPagesAsync(reader, bo3, 2);

        Assert.Equal([["b7", "b5"], ["b4", "b3"], ["b2", "b1"]], pages);
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task The_score_and_the_other_filters_narrow_the_agents_list_together(int walkAbove)
    {
        await using var database = await SeedAsync();
        var reader = Reader(database, walkAbove);

        Assert.Equal([["b6", "b5", "b4"], ["b3", "b2", "b1"]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Channel = "webchat" }, 3));
        Assert.Equal([["b7"]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Score = 3, Channel = "sms" }, 3));
        Assert.Equal([["b6"]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Score = 2 }, 3));
        Assert.Equal([["c1"]], await AllPagesAsync(reader, new InsightsFilter { Agent = "cy", Score = 3 }, 3));
        Assert.Equal([["b3", "b2"]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Score = 3, From = At(1), To = At(3) }, 3));
        Assert.Equal([[]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Score = 9 }, 3));
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task A_changed_score_moves_the_response_to_the_other_bar(int walkAbove)
    {
        await using var database = await SeedAsync();
        var reader = Reader(database, walkAbove);
        await using (var context = await database.OpenContextAsync())
        {
            var b6 = await context.SurveyResponses.SingleAsync(r => r.ResponseKey == "b6", Ct);
            b6.Score = 3;
            await context.SaveChangesAsync(Ct);
        }

        Assert.Equal([["b7", "b6", "b5", "b4"], ["b3", "b2", "b1"]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Score = 3 }, 4));
        Assert.Equal([[]], await AllPagesAsync(reader, new InsightsFilter { Agent = "bo", Score = 2 }, 4));
    }

    [Theory]
    [MemberData(nameof(Thresholds))]
    public async Task The_export_under_an_agent_and_a_score_holds_the_same_rows_oldest_first(int walkAbove)
    {
        await using var database = await SeedAsync();
        var reader = Reader(database, walkAbove);
        var keys = new List<string?>();

        await foreach (var row in reader.StreamAsync(new InsightsFilter { Agent = "bo", Score = 3 }, Ct))
        {
            keys.Add(row.ResponseKey);
        }

        Assert.Equal(["b1", "b2", "b3", "b4", "b5", "b7"], keys);
    }

    private static ResponseReader Reader(TestDatabase database, int walkAbove) =>
        new(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>()) { AgentWalkAbove = walkAbove };

    private static DateTimeOffset At(int hours) => new(Start.AddHours(hours));

    /// <summary>Every page, following the cursor to the end; one empty page when nothing matches.</summary>
    private static async Task<List<List<string?>>> AllPagesAsync(ResponseReader reader, InsightsFilter filter, int limit)
    {
        var pages = new List<List<string?>>();
        string? cursor = null;
        do
        {
            var page = await reader.ResponsesAsync(filter, cursor, limit, Ct);
            pages.Add([.. page.Items.Select(r => r.ResponseKey)]);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return pages;
    }

    private static async Task<TestDatabase> SeedAsync()
    {
        var database = await TestDatabase.CreateAsync();
        (string Key, int Score, string Channel, string? Agent)[] rows =
        [
            ("b1", 3, "webchat", "bo"), ("b2", 3, "webchat", "bo"), ("b3", 3, "webchat", "bo"), ("b4", 3, "webchat", "bo"),
            ("b5", 3, "webchat", "bo"), ("b6", 2, "webchat", "bo"), ("c1", 3, "webchat", "cy"), ("n1", 3, "webchat", null),
            ("b7", 3, "sms", "bo"),
        ];
        await using var context = await database.OpenContextAsync();
        for (var i = 0; i < rows.Length; i++)
        {
            var (key, score, channel, agent) = rows[i];
            var startedAt = Start.AddHours(i);
            context.SurveyResponses.Add(InsightsSeed.Response(key, channel, "en", score, "delivery", startedAt));
            if (agent is not null)
            {
                context.Cases.Add(InsightsSeed.Case(key, startedAt, agent, null, CaseStatus.Open, null));
            }
        }

        await context.SaveChangesAsync(Ct);
        return database;
    }
}
