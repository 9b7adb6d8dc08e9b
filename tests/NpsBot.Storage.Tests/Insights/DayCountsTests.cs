using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights;
using NpsBot.Surveys.Scoring;
using NpsBot.Testing.Ordering;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// The daily, weekly and monthly rollups (<c>response_day_counts</c>, <c>response_period_counts</c>, kept by triggers)
/// against the rows, property-style: randomized responses over five months (fixed seeds, so a failure repeats), every
/// combination of the filter fields under periods whose edges fall inside weeks and months (so the figures read whole
/// months or weeks plus edge days) and inside UTC days (plus the rows of those parts of a day), and again after a theme relabel, a score change, an upsert by the turn store and a delete.
/// </summary>
[LongRunning(100)]
public sealed class DayCountsTests
{
    private static readonly string[] Channels = ["webchat", "sms", "msteams"];
    private static readonly string?[] Locales = ["en", "de", "fr", null];
    private static readonly string[] Themes = ["delivery", "product", "price", "service"];
    private static readonly DateTime FirstDay = new(2026, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    private const int SeededDays = 150;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Every_figure_reads_the_same_from_the_rollup_as_from_the_rows_under_every_filter(int seed)
    {
        await using var database = await TestDatabase.CreateAsync();
        var themes = Themes;
        var random = new Random(seed);
        await SeedAsync(database, random, themes, 400);

        await AssertRollupMatchesRowsAsync(database);
        await AssertFiguresMatchAsync(database, themes);
    }

    [Fact]
    public async Task The_rollup_follows_a_relabel_a_score_change_a_turn_store_upsert_and_a_delete()
    {
        await using var database = await TestDatabase.CreateAsync();
        var themes = Themes;
        await SeedAsync(database, new Random(3), themes, 200);

        long[] ids;
        await using (var context = await database.OpenContextAsync())
        {
            ids = await context.SurveyResponses.Where(r => r.Category != null).OrderBy(r => r.Id).Select(r => r.Id).Take(6).ToArrayAsync(Ct);
        }

        // A manager's relabel (EF Core, ExecuteUpdate), to a theme the response does not have.
        string target;
        await using (var context = await database.OpenContextAsync())
        {
            var current = await context.SurveyResponses.Where(r => r.Id == ids[0]).Select(r => r.Theme).SingleAsync(Ct);
            target = themes.First(t => t != current);
        }

        // As ThemeGovernance.RelabelAsync sets it (ExecuteUpdate on theme).
        await using (var context = await database.OpenContextAsync())
        {
            Assert.Equal(1, await context.SurveyResponses.Where(r => r.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Theme, target), Ct));
        }

        // A score change across bands and a move to another day (EF Core, tracked entity).
        await using (var context = await database.OpenContextAsync())
        {
            var response = await context.SurveyResponses.SingleAsync(r => r.Id == ids[1], Ct);
            response.Score = response.Score == 10 ? 0 : 10;
            response.Category = new NpsScore(response.Score.Value).Category;
            response.StartedAt = response.StartedAt.AddDays(3);
            await context.SaveChangesAsync(Ct);

            // Unscored (category null) leaves the rollup; a delete too.
            await context.SurveyResponses.Where(r => r.Id == ids[2]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Category, (NpsCategory?)null).SetProperty(r => r.Score, (int?)null), Ct);
            await context.SurveyResponses.Where(r => r.Id == ids[3]).ExecuteDeleteAsync(Ct);
        }

        // The turn store's hand-written upsert: a response written, then the same response with another score and theme.
        var first = Turns.Response("rollup", 9, FirstDay.AddDays(5).AddHours(13));
        await database.Store.CommitAsync(Turns.Commit("rollup", 0, records: [first]), Ct);
        await AssertRollupMatchesRowsAsync(database);
        await database.Store.CommitAsync(Turns.Commit("rollup", 1, records: [first with { Score = 2, Category = NpsCategory.Detractor, Theme = themes[^1] }]), Ct);

        await AssertRollupMatchesRowsAsync(database);
        await AssertFiguresMatchAsync(database, themes);
    }

    [Fact]
    public async Task The_rollup_follows_statements_that_write_many_rows_of_the_same_cells_at_once()
    {
        // One statement per step, each over thousands of rows sharing a few cells: seed-demo's and retention's bulk
        // writes, a relabel of a whole theme. PostgreSQL's statement-level triggers sum each statement per cell.
        await using var database = await TestDatabase.CreateAsync();
        await SeedAsync(database, new Random(4), Themes, 50);
        await using var context = await database.OpenContextAsync();
        var now = DateTime.UtcNow;
        await context.SurveyResponses.AddRangeAsync(
            Enumerable.Range(0, 3000).Select(i => new SurveyResponseRecord
            {
                ResponseKey = $"bulk-{i}", ConversationKey = $"bulk-conversation-{i}", ChannelId = Channels[i % 2], Locale = i % 3 == 0 ? null : "en",
                Score = i % 11, Category = new NpsScore(i % 11).Category, Theme = Themes[i % 2], Outcome = i % 4 == 0 ? "abandoned" : "completed",
                StartedAt = FirstDay.AddDays(i % 9).AddHours(10), UpdatedAt = now,
            }),
            Ct);
        await context.SaveChangesAsync(Ct);
        await AssertRollupMatchesRowsAsync(database);

        // Every row copied in one INSERT ... SELECT (the same SQL on both providers).
        Assert.True(await context.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO survey_responses (response_key, conversation_key, channel_id, locale, score, category, theme, outcome, started_at, updated_at)
            SELECT 'copy-' || response_key, 'copy-' || conversation_key, channel_id, locale, score, category, theme, outcome, started_at, updated_at
            FROM survey_responses
            """,
            Ct) > 3000);
        await AssertRollupMatchesRowsAsync(database);

        Assert.True(await context.SurveyResponses.Where(r => r.Theme == Themes[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.Theme, Themes[2]), Ct) > 1000);
        await AssertRollupMatchesRowsAsync(database);

        Assert.True(await context.SurveyResponses.Where(r => r.ResponseKey!.Contains("bulk-") && r.Score < 8).ExecuteDeleteAsync(Ct) > 1000);
        await AssertRollupMatchesRowsAsync(database);
        await AssertFiguresMatchAsync(database, Themes);
    }

    /// <summary>The rollup's cells equal a GROUP BY of the scored rows, computed here from the rows themselves.</summary>
    private static async Task AssertRollupMatchesRowsAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        var rows = await context.SurveyResponses.AsNoTracking().Where(r => r.Category != null)
            .Select(r => new { r.StartedAt, r.ChannelId, r.Locale, r.Theme, r.Category, r.Score, r.Outcome })
            .ToListAsync(Ct);
        Assert.NotEmpty(rows);
        var expected = rows
            .GroupBy(r => (Day: DateOnly.FromDateTime(r.StartedAt), r.ChannelId, Locale: r.Locale ?? "", Theme: r.Theme ?? "", Category: r.Category!.Value, Score: r.Score ?? -1))
            .Select(g => (g.Key, Responses: g.Count(), Completed: g.Count(r => r.Outcome == "completed")))
            .OrderBy(c => c.ToString(), StringComparer.Ordinal)
            .ToList();
        var cells = (await context.ResponseDayCounts.AsNoTracking().ToListAsync(Ct))
            .Select(c => (Key: (c.Day, c.ChannelId, c.Locale, c.Theme, c.Category, c.Score), c.Responses, c.Completed))
            .OrderBy(c => c.ToString(), StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, cells);

        foreach (var (grain, startOf) in new (string, Func<DateOnly, DateOnly>)[]
        {
            (PeriodGrains.Week, day => day.AddDays(-(((int)day.DayOfWeek + 6) % 7))),
            (PeriodGrains.Month, day => new DateOnly(day.Year, day.Month, 1)),
        })
        {
            var expectedPeriods = rows
                .GroupBy(r => (Start: startOf(DateOnly.FromDateTime(r.StartedAt)), r.ChannelId, Locale: r.Locale ?? "", Theme: r.Theme ?? "", Category: r.Category!.Value, Score: r.Score ?? -1))
                .Select(g => (g.Key, Responses: g.Count(), Completed: g.Count(r => r.Outcome == "completed")))
                .OrderBy(c => c.ToString(), StringComparer.Ordinal)
                .ToList();
            var periodCells = (await context.ResponsePeriodCounts.AsNoTracking().Where(c => c.Grain == grain).ToListAsync(Ct))
                .Select(c => (Key: (c.Start, c.ChannelId, c.Locale, c.Theme, c.Category, c.Score), c.Responses, c.Completed))
                .OrderBy(c => c.ToString(), StringComparer.Ordinal)
                .ToList();
            Assert.Equal(expectedPeriods, periodCells);
        }
    }

    /// <summary>Each figure, for every combination of the filter's fields, the same with and without the rollup.</summary>
    private static async Task AssertFiguresMatchAsync(TestDatabase database, string[] themes)
    {
        var contexts = database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var rollup = new InsightsQueries(contexts, clock);
        var rows = new InsightsQueries(contexts, clock) { ReadDayCounts = false };
        var periods = new (DateTimeOffset? From, DateTimeOffset? To)[]
        {
            (null, null),
            (new DateTimeOffset(FirstDay.AddDays(10)), new DateTimeOffset(FirstDay.AddDays(40))),
            (new DateTimeOffset(FirstDay.AddDays(20)), null),

            // Edges inside months and weeks: 17 October (a Saturday) to 12 January (a Tuesday) reads November and
            // December (or the weeks between) from the coarse cells, the edge days from the daily ones.
            (new DateTimeOffset(2026, 10, 17, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 12, 0, 0, 0, TimeSpan.Zero)),

            // Whole months exactly; inside one month; open at the start, ending inside a month.
            (new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            (new DateTimeOffset(2026, 12, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 29, 0, 0, 0, TimeSpan.Zero)),
            (null, new DateTimeOffset(2027, 1, 20, 0, 0, 0, TimeSpan.Zero)),

            // Edges inside UTC days (the rows of those parts of a day, the rollups for the rest): inside weeks and
            // months too; within one day; across one midnight; local midnights two hours east of UTC; open at either
            // end; a whole-day start with an end the same day; "the last 30 days" ending at the clock's time.
            (new DateTimeOffset(2026, 10, 17, 9, 30, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 12, 14, 15, 0, TimeSpan.Zero)),
            (new DateTimeOffset(2026, 11, 3, 6, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 3, 18, 0, 0, TimeSpan.Zero)),
            (new DateTimeOffset(2026, 11, 3, 18, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 4, 6, 0, 0, TimeSpan.Zero)),
            (new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.FromHours(2))),
            (new DateTimeOffset(2026, 11, 10, 13, 0, 0, TimeSpan.Zero), null),
            (null, new DateTimeOffset(2027, 1, 20, 7, 45, 0, TimeSpan.Zero)),
            (new DateTimeOffset(2026, 11, 3, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 3, 12, 0, 0, TimeSpan.Zero)),
            (new DateTimeOffset(2026, 12, 3, 16, 20, 0, TimeSpan.Zero), new DateTimeOffset(2027, 1, 2, 16, 20, 0, TimeSpan.Zero)),
        };
        var filters = new List<InsightsFilter>();
        for (var p = 0; p < periods.Length; p++)
        {
            // Every combination under the first three periods; under the later ones (edges inside weeks and months) the
            // period with one key at a time, to keep the test fast.
            var period = periods[p];
            var every = p < 3;
            foreach (var channel in new[] { null, Channels[0] })
            {
                foreach (var locale in new[] { null, "de" })
                {
                    foreach (var theme in new[] { null, themes[0] })
                    {
                        foreach (var band in new NpsCategory?[] { null, NpsCategory.Detractor, NpsCategory.Promoter })
                        {
                            foreach (var score in new int?[] { null, 3 })
                            {
                                if (!every && (channel is null ? 0 : 1) + (locale is null ? 0 : 1) + (theme is null ? 0 : 1) + (band is null ? 0 : 1) + (score is null ? 0 : 1) > 1)
                                {
                                    continue;
                                }

                                filters.Add(new InsightsFilter { From = period.From, To = period.To, Channel = channel, Locale = locale, Theme = theme, Band = band, Score = score });
                            }
                        }
                    }
                }
            }
        }

        Assert.Equal((3 * 2 * 2 * 2 * 3 * 2) + ((4 + 8) * (1 + 1 + 1 + 1 + 2 + 1)), filters.Count);

        // Thousands of queries, each on a context of its own: checked on every core at once (this class was the storage
        // tests' longest by far, on one core while the other waited).
        await Parallel.ForEachAsync(
            filters, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = Ct }, async (filter, _) => await AssertSameAsync(rollup, rows, filter));
    }

    private static async Task AssertSameAsync(InsightsQueries rollup, InsightsQueries rows, InsightsFilter filter)
    {
        Assert.Equal(await rows.SummaryAsync(filter, Ct), await rollup.SummaryAsync(filter, Ct));
        Assert.Equal(await rows.NpsAsync(filter, Ct), await rollup.NpsAsync(filter, Ct));
        foreach (var granularity in new[] { TrendGranularity.Week, TrendGranularity.Month })
        {
            Assert.Equal(await rows.TrendAsync(filter, granularity, Ct), await rollup.TrendAsync(filter, granularity, Ct));
            Assert.Equal(await rows.ThemesOverTimeAsync(filter, granularity, Ct), await rollup.ThemesOverTimeAsync(filter, granularity, Ct));
        }

        Assert.Equal(await rows.DistributionAsync(filter, Ct), await rollup.DistributionAsync(filter, Ct));
        foreach (var segment in new[] { Segment.Channel, Segment.Locale, Segment.Theme })
        {
            Assert.Equal(await rows.BandsAsync(filter, segment, Ct), await rollup.BandsAsync(filter, segment, Ct));
        }

        Assert.Equal(await rows.FunnelAsync(filter, Ct), await rollup.FunnelAsync(filter, Ct));
    }

    /// <summary>Random responses over <see cref="SeededDays"/> days (October to February) at any time of day: scored or not, with or without locale and theme.</summary>
    private static async Task SeedAsync(TestDatabase database, Random random, string[] themes, int count)
    {
        await using var context = await database.OpenContextAsync();
        for (var i = 0; i < count; i++)
        {
            var started = FirstDay.AddMinutes(random.Next(SeededDays * 24 * 60));
            int? score = random.Next(12) is var s && s == 11 ? null : s;
            context.SurveyResponses.Add(new SurveyResponseRecord
            {
                ResponseKey = $"random-{i}",
                ConversationKey = $"conv-{i}",
                ChannelId = Channels[random.Next(Channels.Length)],
                Locale = Locales[random.Next(Locales.Length)],
                Score = score,
                Category = score is { } value ? new NpsScore(value).Category : null,
                Theme = random.Next(5) == 0 ? null : themes[random.Next(themes.Length)],
                Outcome = random.Next(4) == 0 ? "abandoned" : "completed",
                StartedAt = started,
                UpdatedAt = started.AddMinutes(2),
            });
        }

        // More rows on the days where the periods above have an edge inside the day, at any time of those days.
        for (var i = 0; i < EdgeDays.Length * 8; i++)
        {
            var started = EdgeDays[i % EdgeDays.Length].AddMinutes(random.Next(24 * 60));
            var score = random.Next(11);
            context.SurveyResponses.Add(new SurveyResponseRecord
            {
                ResponseKey = $"edge-{i}",
                ConversationKey = $"edge-conv-{i}",
                ChannelId = Channels[random.Next(Channels.Length)],
                Locale = Locales[random.Next(Locales.Length)],
                Score = score,
                Category = new NpsScore(score).Category,
                Theme = themes[random.Next(themes.Length)],
                Outcome = random.Next(4) == 0 ? "abandoned" : "completed",
                StartedAt = started,
                UpdatedAt = started.AddMinutes(2),
            });
        }

        await context.SaveChangesAsync(Ct);
    }

    private static readonly DateTime[] EdgeDays =
    [
        new(2026, 10, 17, 0, 0, 0, DateTimeKind.Utc), new(2027, 1, 12, 0, 0, 0, DateTimeKind.Utc), new(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc),
        new(2026, 11, 4, 0, 0, 0, DateTimeKind.Utc), new(2026, 11, 30, 0, 0, 0, DateTimeKind.Utc), new(2026, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        new(2026, 11, 10, 0, 0, 0, DateTimeKind.Utc), new(2027, 1, 20, 0, 0, 0, DateTimeKind.Utc), new(2026, 12, 3, 0, 0, 0, DateTimeKind.Utc),
        new(2027, 1, 2, 0, 0, 0, DateTimeKind.Utc),
    ];
}
