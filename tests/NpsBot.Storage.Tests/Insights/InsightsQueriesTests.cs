using Microsoft.Extensions.Time.Testing;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Insights;
using NpsBot.Surveys.Scoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>Every figure against <see cref="InsightsSeed"/>, with the expected values worked out by hand in the comments.</summary>
public sealed class InsightsQueriesTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(TestDatabase Database, InsightsQueries Queries)> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await InsightsSeed.SeedAsync(database);
        var queries = new InsightsQueries(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>(), new FakeTimeProvider(InsightsSeed.Now));
        return (database, queries);
    }

    [Fact]
    public async Task Nps_has_its_margin_of_error_and_count()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var nps = await queries.NpsAsync(InsightsFilter.All, Ct);

        // 2 promoters, 2 passives, 3 detractors: NPS = 100 (2/7 − 3/7) = −14.29;
        // variance = (5/7 − (1/7)²) / 7 = 0.099125, margin = 196 × √0.099125 = 61.71.
        Assert.Equal(new NpsFigure(2, 2, 3), nps);
        Assert.Equal(-14.29, nps.Nps!.Value, 2);
        Assert.Equal(61.71, nps.Margin!.Value, 2);
        Assert.False(nps.IsReliable);
    }

    [Fact]
    public async Task Every_filter_field_narrows_the_figure()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        Assert.Equal(new NpsFigure(2, 2, 1), await queries.NpsAsync(new InsightsFilter { Channel = "webchat" }, Ct));
        Assert.Equal(new NpsFigure(0, 0, 3), await queries.NpsAsync(new InsightsFilter { Band = NpsCategory.Detractor }, Ct));
        Assert.Equal(new NpsFigure(0, 0, 2), await queries.NpsAsync(new InsightsFilter { Agent = "ana" }, Ct));
        Assert.Equal(new NpsFigure(1, 1, 2), await queries.NpsAsync(new InsightsFilter { Theme = "delivery" }, Ct));
        Assert.Equal(new NpsFigure(0, 1, 1), await queries.NpsAsync(new InsightsFilter { Locale = "fr" }, Ct));
        Assert.Equal(new NpsFigure(1, 1, 0), await queries.NpsAsync(
            new InsightsFilter { From = new DateTimeOffset(InsightsSeed.Week1), To = new DateTimeOffset(InsightsSeed.Week2) }, Ct));
        Assert.Equal(20, (await queries.NpsAsync(new InsightsFilter { Channel = "webchat" }, Ct)).Nps);
    }

    [Fact]
    public async Task Trend_by_week_and_by_month()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var weeks = await queries.TrendAsync(InsightsFilter.All, TrendGranularity.Week, Ct);
        var months = await queries.TrendAsync(InsightsFilter.All, TrendGranularity.Month, Ct);

        Assert.Equal([new TrendPoint(new DateOnly(2026, 11, 30), new NpsFigure(2, 1, 0)), new TrendPoint(new DateOnly(2026, 12, 7), new NpsFigure(0, 1, 3))], weeks);
        Assert.Equal([new TrendPoint(new DateOnly(2026, 11, 1), new NpsFigure(1, 0, 0)), new TrendPoint(new DateOnly(2026, 12, 1), new NpsFigure(1, 2, 3))], months);
        Assert.Equal(-75, weeks[1].Figure.Nps);
    }

    [Fact]
    public async Task A_period_with_edges_inside_months_counts_whole_months_and_edge_days_once()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;
        var novemberToDecember8 = new InsightsFilter
        {
            From = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 12, 8, 0, 0, 0, TimeSpan.Zero),
        };

        // November whole (r1: 10) and 1-7 December as days (r2: 9, r3: 8); r4-r7 on 8 December are outside.
        Assert.Equal(new NpsFigure(2, 1, 0), await queries.NpsAsync(novemberToDecember8, Ct));
        Assert.Equal(
            [new TrendPoint(new DateOnly(2026, 11, 1), new NpsFigure(1, 0, 0)), new TrendPoint(new DateOnly(2026, 12, 1), new NpsFigure(1, 1, 0))],
            await queries.TrendAsync(novemberToDecember8, TrendGranularity.Month, Ct));

        // Weeks: 1 November (a Sunday) is an edge day, the weeks of 2-29 November whole, 30 November-6 December whole, 7 December an edge day.
        Assert.Equal([new TrendPoint(new DateOnly(2026, 11, 30), new NpsFigure(2, 1, 0))], await queries.TrendAsync(novemberToDecember8, TrendGranularity.Week, Ct));

        // Inside one month (days only): r4 3, r5 0, r6 6, r7 7.
        var december2To31 = new InsightsFilter
        {
            From = new DateTimeOffset(2026, 12, 2, 0, 0, 0, TimeSpan.Zero), To = new DateTimeOffset(2026, 12, 31, 0, 0, 0, TimeSpan.Zero),
        };
        Assert.Equal(new NpsFigure(0, 1, 3), await queries.NpsAsync(december2To31, Ct));
        Assert.Equal([0, 3, 6, 7], (await queries.DistributionAsync(december2To31, Ct)).Where(s => s.Count == 1).Select(s => s.Score));
    }

    [Fact]
    public async Task Distribution_has_all_eleven_scores()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var distribution = await queries.DistributionAsync(InsightsFilter.All, Ct);

        Assert.Equal([1, 0, 0, 1, 0, 0, 1, 1, 1, 1, 1], distribution.Select(d => d.Count));
        Assert.Equal(Enumerable.Range(0, 11), distribution.Select(d => d.Score));
    }

    [Fact]
    public async Task Bands_by_channel_locale_and_theme()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var channels = await queries.BandsAsync(InsightsFilter.All, Segment.Channel, Ct);
        var locales = await queries.BandsAsync(InsightsFilter.All, Segment.Locale, Ct);
        var themes = await queries.BandsAsync(InsightsFilter.All, Segment.Theme, Ct);

        Assert.Equal([new SegmentFigure("webchat", new NpsFigure(2, 2, 1)), new SegmentFigure("sms", new NpsFigure(0, 0, 2))], channels);
        Assert.Equal(
            [new SegmentFigure("en", new NpsFigure(2, 0, 2)), new SegmentFigure("fr", new NpsFigure(0, 1, 1)), new SegmentFigure("de", new NpsFigure(0, 1, 0))],
            locales);
        Assert.Equal(
            [new SegmentFigure("delivery", new NpsFigure(1, 1, 2)), new SegmentFigure("(none)", new NpsFigure(0, 1, 0)),
             new SegmentFigure("price", new NpsFigure(0, 0, 1)), new SegmentFigure("product", new NpsFigure(1, 0, 0))],
            themes);
    }

    [Fact]
    public async Task Themes_over_time_count_and_score_each_theme_per_week()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var themes = await queries.ThemesOverTimeAsync(InsightsFilter.All, TrendGranularity.Week, Ct);

        var week1 = new DateOnly(2026, 11, 30);
        var week2 = new DateOnly(2026, 12, 7);
        Assert.Equal(
            [
                new ThemeTrendPoint(week1, "delivery", new NpsFigure(1, 1, 0)), new ThemeTrendPoint(week1, "product", new NpsFigure(1, 0, 0)),
                new ThemeTrendPoint(week2, "(none)", new NpsFigure(0, 1, 0)), new ThemeTrendPoint(week2, "delivery", new NpsFigure(0, 0, 2)),
                new ThemeTrendPoint(week2, "price", new NpsFigure(0, 0, 1)),
            ],
            themes);
    }

    [Fact]
    public async Task Funnel_counts_each_step_from_the_cases()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var funnel = await queries.FunnelAsync(InsightsFilter.All, Ct);
        var sms = await queries.FunnelAsync(new InsightsFilter { Channel = "webchat" }, Ct);

        // 3 detractors, 3 cases; only A was contacted within its hour and resolved. No case has a follow-up score:
        // re-surveyed and recovered are zero (RecoveryFiguresTests covers them).
        Assert.Equal(new RecoveryFunnel(3, 3, 1, 1, 0, 0, 0, 0) { ResolvedWithPerson = 1 }, funnel);
        Assert.Equal(new RecoveryFunnel(1, 1, 0, 0, 0, 0, 0, 0), sms);
    }

    [Fact]
    public async Task Sla_compliance_counts_met_missed_and_open_past_deadline()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var sla = await queries.SlaAsync(InsightsFilter.All, Ct);

        // A met both clocks; B was contacted late and is unresolved; C was never contacted and is unresolved.
        Assert.Equal(new SlaCompliance(3, 1, 2, 1, 2, 2), sla);
        Assert.Equal(1.0 / 3, sla.FirstContactRate!.Value, 6);
    }

    [Fact]
    public async Task Agents_have_cases_handled_and_median_time_to_first_contact()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var agents = await queries.AgentsAsync(InsightsFilter.All, Ct);

        // ana: A contacted after 30 min, B after 2 h: median (30 + 120) / 2 = 75 min.
        Assert.Equal([new AgentFigure("ana", 2, 1, TimeSpan.FromMinutes(75))], agents);
    }

    [Fact]
    public async Task Summary_gives_the_figure_cards()
    {
        var (database, queries) = await SeededAsync();
        await using var _ = database;

        var summary = await queries.SummaryAsync(InsightsFilter.All, Ct);

        Assert.Equal(new InsightsSummary(new NpsFigure(2, 2, 3), 7, 7, 2, 2), summary);
    }
}
