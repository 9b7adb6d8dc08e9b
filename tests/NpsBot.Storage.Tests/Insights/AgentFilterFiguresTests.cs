using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Insights;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The response figures under an agent or a funnel stage, which count the filtered cases through the facts they carry
/// of their response (issue 10), against <see cref="InsightsSeed"/> worked out by hand: ana holds case A (r4: sms, en,
/// 3, delivery, resolved in time) and case B (r5: sms, fr, 0, price, contacted late, open), both in the week of 7 Dec;
/// r5's survey is marked abandoned here, so ana has one completed response of two.
/// </summary>
public sealed class AgentFilterFiguresTests
{
    private static readonly DateOnly Week2 = new(2026, 12, 7);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, InsightsQueries Queries)> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        await using (var context = await database.OpenContextAsync())
        {
            await context.SurveyResponses.Where(r => r.ResponseKey == "r5").ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, "abandoned"), Ct);
        }

        var queries = new InsightsQueries(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>(), new FakeTimeProvider(InsightsSeed.Now));
        return (database, queries);
    }

    [Fact]
    public async Task A_case_carries_its_response_outcome_after_the_response_changes_it()
    {
        var (database, _) = await SeededAsync();
        await using var _database = database;
        await using var context = await database.OpenContextAsync();

        var outcomes = await context.Cases.OrderBy(c => c.ResponseKey).Select(c => c.ResponseOutcome).ToListAsync(Ct);

        Assert.Equal(["completed", "abandoned", "completed"], outcomes);
    }

    [Fact]
    public async Task The_summary_counts_the_agents_responses_and_the_completed_ones()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var ana = await queries.SummaryAsync(new InsightsFilter { Agent = "ana" }, Ct);
        var anaFrench = await queries.SummaryAsync(new InsightsFilter { Agent = "ana", Locale = "fr" }, Ct);
        var resolved = await queries.SummaryAsync(new InsightsFilter { Stage = FunnelStage.Resolved }, Ct);
        var nobody = await queries.SummaryAsync(new InsightsFilter { Agent = "nobody" }, Ct);

        // ana: 2 detractors, r4 completed and r5 abandoned; B is open and past both deadlines at Now.
        Assert.Equal(new InsightsSummary(new NpsFigure(0, 0, 2), 2, 1, 1, 1), ana);
        Assert.Equal(new InsightsSummary(new NpsFigure(0, 0, 1), 1, 0, 1, 1), anaFrench);
        // Resolved: case A alone (r4, completed, closed).
        Assert.Equal(new InsightsSummary(new NpsFigure(0, 0, 1), 1, 1, 0, 0), resolved);
        Assert.Equal(new InsightsSummary(new NpsFigure(0, 0, 0), 0, 0, 0, 0), nobody);
    }

    [Fact]
    public async Task Trends_distribution_bands_and_themes_count_the_agents_responses()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;
        var ana = new InsightsFilter { Agent = "ana" };

        Assert.Equal(new NpsFigure(0, 0, 2), await queries.NpsAsync(ana, Ct));
        Assert.Equal([new TrendPoint(Week2, new NpsFigure(0, 0, 2))], await queries.TrendAsync(ana, TrendGranularity.Week, Ct));
        Assert.Equal([new TrendPoint(new DateOnly(2026, 12, 1), new NpsFigure(0, 0, 2))], await queries.TrendAsync(ana, TrendGranularity.Month, Ct));
        Assert.Equal([1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0], (await queries.DistributionAsync(ana, Ct)).Select(d => d.Count));
        Assert.Equal([new SegmentFigure("sms", new NpsFigure(0, 0, 2))], await queries.BandsAsync(ana, Segment.Channel, Ct));
        Assert.Equal(
            [new SegmentFigure("en", new NpsFigure(0, 0, 1)), new SegmentFigure("fr", new NpsFigure(0, 0, 1))],
            await queries.BandsAsync(ana, Segment.Locale, Ct));
        Assert.Equal(
            [new ThemeTrendPoint(Week2, "delivery", new NpsFigure(0, 0, 1)), new ThemeTrendPoint(Week2, "price", new NpsFigure(0, 0, 1))],
            await queries.ThemesOverTimeAsync(ana, TrendGranularity.Week, Ct));
    }

    [Fact]
    public async Task A_period_cuts_the_agents_responses_at_its_edges()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        // r4 started at 10:00 on 8 Dec and r5 at 11:00: a period from 10:30 holds r5 alone.
        var fromHalfPast = new InsightsFilter { Agent = "ana", From = new DateTimeOffset(InsightsSeed.Week2.AddMinutes(30)) };

        Assert.Equal(new NpsFigure(0, 0, 1), await queries.NpsAsync(fromHalfPast, Ct));
        Assert.Equal([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], (await queries.DistributionAsync(fromHalfPast, Ct)).Select(d => d.Count));
        Assert.Equal(new RecoveryFunnel(1, 1, 0, 0, 0, 0, 0, 0), await queries.FunnelAsync(fromHalfPast, Ct));
    }
}
