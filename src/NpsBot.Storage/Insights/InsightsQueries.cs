using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Insights.CaseFacts;
using NpsBot.Storage.Insights.DayCounts;
using NpsBot.Storage.Insights.PeriodCounts;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Insights;

/// <summary>
/// The manager's figures as GROUP BY queries over <c>survey_responses</c> (and <c>cases</c>): only counts per group
/// leave the database, never the rows. A response belongs to the period in which its survey started. The response
/// figures read the rollups (weekly or monthly cells for the whole periods inside the filter's period, daily cells at its
/// edges, the rows of a part of a UTC day at an edge: <see cref="RollupCells"/>; kept by triggers: <see cref="DayCountTriggers"/>, <see cref="PeriodCountTriggers"/>)
/// when they answer the filter (<see cref="DayCountFiltering"/>), else the rows; both give the same numbers.
/// </summary>
public sealed partial class InsightsQueries(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock) : IInsightsQueries
{
    public async Task<InsightsSummary> SummaryAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var scored = InsightsFiltering.Scored(context, filter);

        // Two passes: the responses per category (with the completed ones counted in the same GROUP BY; from the daily
        // rollup when it answers the filter), then the open cases.
        var categories = Cells(context, filter, TrendGranularity.Month) is { } cells
            ? await cells
                .GroupBy(c => c.Category)
                .Select(g => new { Category = (NpsCategory?)g.Key, Count = g.Sum(c => c.Responses), Completed = g.Sum(c => c.Completed) })
                .ToListAsync(cancellationToken)
            : await scored
                .GroupBy(r => r.Category)
                .Select(g => new { Category = g.Key, Count = g.Count(), Completed = g.Count(r => r.Outcome == SurveyOutcomes.Completed) })
                .ToListAsync(cancellationToken);
        var nps = CategoryCounts.Figure(categories.Select(r => ((NpsCategory?)r.Category, r.Count)));
        var completed = categories.Sum(r => r.Completed);
        var (openCount, pastSla) = await OpenCasesAsync(context, filter, cancellationToken);
        return new InsightsSummary(nps, nps.Count, completed, openCount, pastSla);
    }

    /// <summary>False: every figure reads the rows (the tests compare both ways; the benchmark's "before").</summary>
    public bool ReadDayCounts { get; init; } = true;

    /// <summary>False: the rollup figures read daily cells only, never the weekly or monthly ones (the benchmark's "before").</summary>
    public bool ReadPeriodCounts { get; init; } = true;

    public async Task<NpsFigure> NpsAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await FigureAsync(context, filter, cancellationToken);
    }

    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (Cells(context, filter, granularity) is { } cells)
        {
            // Counts per cell start (a week or month, a day at the period's edges) and category, folded into weeks or months here.
            var days = await cells
                .GroupBy(c => new { Day = c.Start, c.Category })
                .Select(g => new { g.Key.Day, g.Key.Category, Count = g.Sum(c => c.Responses) })
                .ToListAsync(cancellationToken);
            return [.. days
                .GroupBy(d => TrendBuckets.StartOf(d.Day, granularity))
                .OrderBy(g => g.Key)
                .Select(g => new TrendPoint(g.Key, CategoryCounts.Figure(g.Select(d => ((NpsCategory?)d.Category, d.Count)))))];
        }

        var scored = InsightsFiltering.Scored(context, filter);
        var rows = granularity == TrendGranularity.Week
            ? await scored
                .GroupBy(r => new { Week = (int)Math.Floor((SqliteFunctions.JulianDay(r.StartedAt) - TrendBuckets.FirstMondayJulianDay) / 7), r.Category })
                .Select(g => new { Start = g.Key.Week, Month = 0, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken)
            : await scored
                .GroupBy(r => new { SqliteFunctions.UtcDate(r.StartedAt).Year, SqliteFunctions.UtcDate(r.StartedAt).Month, r.Category })
                .Select(g => new { Start = g.Key.Year, g.Key.Month, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => granularity == TrendGranularity.Week ? TrendBuckets.WeekStart(r.Start) : TrendBuckets.MonthStart(r.Start, r.Month))
            .OrderBy(g => g.Key)
            .Select(g => new TrendPoint(g.Key, CategoryCounts.Figure(g.Select(r => (r.Category, r.Count)))))];
    }

    public async Task<IReadOnlyList<ScoreCount>> DistributionAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = Cells(context, filter, TrendGranularity.Month) is { } cells
            ? await cells
                .Where(c => c.Score >= 0)
                .GroupBy(c => c.Score)
                .Select(g => new { Score = g.Key, Count = g.Sum(c => c.Responses) })
                .ToDictionaryAsync(g => g.Score, g => g.Count, cancellationToken)
            : await InsightsFiltering.Scored(context, filter)
                .Where(r => r.Score != null)
                .GroupBy(r => r.Score!.Value)
                .Select(g => new { Score = g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Score, g => g.Count, cancellationToken);
        return [.. Enumerable.Range(0, 11).Select(score => new ScoreCount(score, counts.GetValueOrDefault(score)))];
    }

    public async Task<IReadOnlyList<SegmentFigure>> BandsAsync(InsightsFilter filter, Segment segment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Cells(context, filter, TrendGranularity.Month) is { } cells
            ? [.. (await (segment switch
                {
                    Segment.Channel => cells.Select(c => new { Key = c.ChannelId, c.Category, c.Responses }),
                    Segment.Locale => cells.Select(c => new { Key = c.Locale, c.Category, c.Responses }),
                    _ => cells.Select(c => new { Key = c.Theme, c.Category, c.Responses }),
                })
                .GroupBy(c => new { c.Key, c.Category })
                .Select(g => new { g.Key.Key, g.Key.Category, Count = g.Sum(c => c.Responses) })
                .ToListAsync(cancellationToken))
                .Select(r => (Key: DayCountFiltering.Key(r.Key), Category: (NpsCategory?)r.Category, r.Count))]
            : await RowBandsAsync(InsightsFiltering.Scored(context, filter), segment, cancellationToken);
        return [.. rows
            .GroupBy(r => r.Key ?? SegmentFigure.None, StringComparer.Ordinal)
            .Select(g => new SegmentFigure(g.Key, CategoryCounts.Figure(g.Select(r => (r.Category, r.Count)))))
            .OrderByDescending(s => s.Figure.Count).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ThemeTrendPoint>> ThemesOverTimeAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (Cells(context, filter, granularity) is { } cells)
        {
            var days = await cells
                .GroupBy(c => new { Day = c.Start, c.Theme, c.Category })
                .Select(g => new { g.Key.Day, g.Key.Theme, g.Key.Category, Count = g.Sum(c => c.Responses) })
                .ToListAsync(cancellationToken);
            return [.. days
                .GroupBy(d => (Start: TrendBuckets.StartOf(d.Day, granularity), Theme: DayCountFiltering.Key(d.Theme) ?? SegmentFigure.None))
                .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.Theme, StringComparer.Ordinal)
                .Select(g => new ThemeTrendPoint(g.Key.Start, g.Key.Theme, CategoryCounts.Figure(g.Select(d => ((NpsCategory?)d.Category, d.Count)))))];
        }

        var scored = InsightsFiltering.Scored(context, filter);
        var rows = granularity == TrendGranularity.Week
            ? await scored
                .GroupBy(r => new { Week = (int)Math.Floor((SqliteFunctions.JulianDay(r.StartedAt) - TrendBuckets.FirstMondayJulianDay) / 7), r.Theme, r.Category })
                .Select(g => new { Start = g.Key.Week, Month = 0, g.Key.Theme, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken)
            : await scored
                .GroupBy(r => new { SqliteFunctions.UtcDate(r.StartedAt).Year, SqliteFunctions.UtcDate(r.StartedAt).Month, r.Theme, r.Category })
                .Select(g => new { Start = g.Key.Year, g.Key.Month, g.Key.Theme, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => (Start: granularity == TrendGranularity.Week ? TrendBuckets.WeekStart(r.Start) : TrendBuckets.MonthStart(r.Start, r.Month), Theme: r.Theme ?? SegmentFigure.None))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.Theme, StringComparer.Ordinal)
            .Select(g => new ThemeTrendPoint(g.Key.Start, g.Key.Theme, CategoryCounts.Figure(g.Select(r => (r.Category, r.Count)))))];
    }

    /// <summary>Promoters, passives and detractors under the filter: from the rollup when it answers, else the rows.</summary>
    private async Task<NpsFigure> FigureAsync(NpsBotDbContext context, InsightsFilter filter, CancellationToken cancellationToken)
    {
        if (Cells(context, filter, TrendGranularity.Month) is { } cells)
        {
            var counts = await cells
                .GroupBy(c => c.Category)
                .Select(g => new { Category = g.Key, Count = g.Sum(c => c.Responses) })
                .ToListAsync(cancellationToken);
            return CategoryCounts.Figure(counts.Select(r => ((NpsCategory?)r.Category, r.Count)));
        }

        var rows = await InsightsFiltering.Scored(context, filter)
            .GroupBy(r => r.Category)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return CategoryCounts.Figure(rows.Select(r => ((NpsCategory?)r.Category, r.Count)));
    }

    /// <summary>
    /// The rollup's cells under the filter (whole weeks or months, days at the edges), or under an agent or a funnel
    /// stage the filtered cases' (<see cref="CaseFactCells"/>), or null: read the rows.
    /// </summary>
    private IQueryable<RollupCell>? Cells(NpsBotDbContext context, InsightsFilter filter, TrendGranularity grain) =>
        !ReadDayCounts ? null
        : ReadCaseFacts && CaseFactCells.For(context, filter) is { } cases ? cases
        : RollupCells.For(context, filter, ReadPeriodCounts ? grain : null);

    private static async Task<List<(string? Key, NpsCategory? Category, int Count)>> RowBandsAsync(
        IQueryable<Entities.SurveyResponseRecord> scored, Segment segment, CancellationToken cancellationToken)
    {
        var keyed = segment switch
        {
            Segment.Channel => scored.Select(r => new { Key = (string?)r.ChannelId, r.Category }),
            Segment.Locale => scored.Select(r => new { Key = r.Locale, r.Category }),
            _ => scored.Select(r => new { Key = r.Theme, r.Category }),
        };
        var rows = await keyed
            .GroupBy(r => new { r.Key, r.Category })
            .Select(g => new { g.Key.Key, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Key, r.Category, r.Count))];
    }
}
