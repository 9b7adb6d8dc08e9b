using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Insights;

/// <summary>
/// A period whose ends fall inside UTC days ("the last 30 days" ending now, local midnights east of UTC): the figures
/// count the rows of those parts of a day and read the rollups for the whole days between, worked out by hand here.
/// <see cref="DayCountsTests"/> compares the same against GROUP BY of the rows on random data.
/// </summary>
public sealed class PartialDayPeriodTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTime Day = new(2026, 11, 3, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task A_period_from_noon_to_noon_counts_the_rows_after_its_start_and_before_its_end_and_reads_whole_months_from_the_rollup()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SeedAsync(database,
            (Day.AddHours(8), 10),               // 3 Nov 08:00: before the period starts at noon
            (Day.AddHours(16), 2),               // 3 Nov 16:00: in (the first day's afternoon, from the rows)
            (Day.AddDays(1).AddHours(10), 9),    // 4 Nov: in (a whole day at the edge: the daily rollup)
            (Day.AddDays(40).AddHours(9), 7),    // 13 Dec: in (a whole month: the monthly rollup)
            (Day.AddDays(59).AddHours(11), 5),   // 1 Jan 11:00: in (the last day's morning, from the rows)
            (Day.AddDays(59).AddHours(13), 0));  // 1 Jan 13:00: after the period ends at noon
        var contexts = database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 2, 1, 0, 0, 0, TimeSpan.Zero));
        var rollup = new InsightsQueries(contexts, clock);
        var rows = new InsightsQueries(contexts, clock) { ReadDayCounts = false };
        var filter = new InsightsFilter { From = new DateTimeOffset(Day.AddHours(12)), To = new DateTimeOffset(Day.AddDays(59).AddHours(12)) };

        // In: 2 (detractor), 9 (promoter), 7 (passive), 5 (detractor).
        Assert.Equal(new NpsFigure(1, 1, 2), await rollup.NpsAsync(filter, Ct));
        Assert.Equal(
            [new TrendPoint(new DateOnly(2026, 11, 1), new NpsFigure(1, 0, 1)), new TrendPoint(new DateOnly(2026, 12, 1), new NpsFigure(0, 1, 0)), new TrendPoint(new DateOnly(2027, 1, 1), new NpsFigure(0, 0, 1))],
            await rollup.TrendAsync(filter, TrendGranularity.Month, Ct));
        var distribution = await rollup.DistributionAsync(filter, Ct);
        Assert.Equal([0, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0], distribution.Select(s => s.Count));

        // The month inside the period is read from the monthly rollup: a cell added there by hand shows in the figure
        // (and not in the rows'), so the period did not fall back to the rows.
        await using (var context = await database.OpenContextAsync())
        {
            Assert.Equal(1, await context.ResponsePeriodCounts
                .Where(c => c.Grain == PeriodGrains.Month && c.Start == new DateOnly(2026, 12, 1))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Responses, c => c.Responses + 100), Ct));
        }

        Assert.Equal(new NpsFigure(1, 101, 2), await rollup.NpsAsync(filter, Ct));
        Assert.Equal(new NpsFigure(1, 1, 2), await rows.NpsAsync(filter, Ct));
    }

    [Fact]
    public async Task A_week_between_local_midnights_east_of_UTC_counts_the_late_evening_before_it_and_not_the_last()
    {
        await using var database = await TestDatabase.CreateAsync();
        var east = TimeSpan.FromHours(2);

        // Local midnight 2 Nov at UTC+2 is 1 Nov 22:00 UTC; local midnight 9 Nov is 8 Nov 22:00 UTC.
        await SeedAsync(database,
            (new DateTime(2026, 11, 1, 21, 59, 0, DateTimeKind.Utc), 10), // out: 1 Nov 23:59 local
            (new DateTime(2026, 11, 1, 22, 0, 0, DateTimeKind.Utc), 9),   // in: 2 Nov 00:00 local
            (new DateTime(2026, 11, 5, 12, 0, 0, DateTimeKind.Utc), 3),   // in
            (new DateTime(2026, 11, 8, 21, 59, 0, DateTimeKind.Utc), 8),  // in: 8 Nov 23:59 local
            (new DateTime(2026, 11, 8, 22, 0, 0, DateTimeKind.Utc), 0));  // out: 9 Nov 00:00 local
        var contexts = database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>();
        var queries = new InsightsQueries(contexts, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));
        var filter = new InsightsFilter { From = new DateTimeOffset(2026, 11, 2, 0, 0, 0, east), To = new DateTimeOffset(2026, 11, 9, 0, 0, 0, east) };

        Assert.Equal(new NpsFigure(1, 1, 1), await queries.NpsAsync(filter, Ct));
        Assert.Equal(
            [new SegmentFigure("webchat", new NpsFigure(1, 1, 1))],
            await queries.BandsAsync(filter, Segment.Channel, Ct));

        // The weekly trend: 1 Nov 22:00 UTC is in the week of Monday 26 October, the rest in the week of 2 November.
        Assert.Equal(
            [new TrendPoint(new DateOnly(2026, 10, 26), new NpsFigure(1, 0, 0)), new TrendPoint(new DateOnly(2026, 11, 2), new NpsFigure(0, 1, 1))],
            await queries.TrendAsync(filter, TrendGranularity.Week, Ct));
    }

    private static async Task SeedAsync(TestDatabase database, params (DateTime Started, int Score)[] responses)
    {
        await using var context = await database.OpenContextAsync();
        var i = 0;
        foreach (var (started, score) in responses)
        {
            context.SurveyResponses.Add(new SurveyResponseRecord
            {
                ResponseKey = $"partial-{i}",
                ConversationKey = $"partial-conv-{i++}",
                ChannelId = "webchat",
                Locale = "en",
                Score = score,
                Category = new NpsScore(score).Category,
                Theme = "delivery",
                Outcome = "completed",
                StartedAt = started,
                UpdatedAt = started.AddMinutes(2),
            });
        }

        await context.SaveChangesAsync(Ct);
    }
}
