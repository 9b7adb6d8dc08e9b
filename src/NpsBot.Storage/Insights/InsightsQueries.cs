using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Insights;

/// <summary>
/// The manager's figures as GROUP BY queries over <c>survey_responses</c> (and <c>cases</c>): only counts per group
/// leave the database, never the rows. A response belongs to the period in which its survey started.
/// </summary>
public sealed partial class InsightsQueries(IDbContextFactory<NpsBotDbContext> contexts, TimeProvider clock) : IInsightsQueries
{
    public async Task<InsightsSummary> SummaryAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var scored = InsightsFiltering.Scored(context, filter);
        var nps = await FigureAsync(scored, cancellationToken);
        var completed = await scored.CountAsync(r => r.Outcome == SurveyOutcomes.Completed, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var open = InsightsFiltering.Cases(context, scored)
            .Where(c => c.Status != Recovery.Cases.CaseStatus.Resolved && c.Status != Recovery.Cases.CaseStatus.ClosedUnresolved);
        var openCount = await open.CountAsync(cancellationToken);
        var pastSla = await open.CountAsync(c => (c.FirstContactAt == null && c.FirstContactDue < now) || c.ResolutionDue < now, cancellationToken);
        return new InsightsSummary(nps, nps.Count, completed, openCount, pastSla);
    }

    public async Task<NpsFigure> NpsAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await FigureAsync(InsightsFiltering.Scored(context, filter), cancellationToken);
    }

    public async Task<IReadOnlyList<TrendPoint>> TrendAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var scored = InsightsFiltering.Scored(context, filter);
        var rows = granularity == TrendGranularity.Week
            ? await scored
                .GroupBy(r => new { Week = (int)Math.Floor((SqliteFunctions.JulianDay(r.StartedAt) - TrendBuckets.FirstMondayJulianDay) / 7), r.Category })
                .Select(g => new { Start = g.Key.Week, Month = 0, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken)
            : await scored
                .GroupBy(r => new { r.StartedAt.Year, r.StartedAt.Month, r.Category })
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
        var counts = await InsightsFiltering.Scored(context, filter)
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
        var scored = InsightsFiltering.Scored(context, filter);
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
        return [.. rows
            .GroupBy(r => r.Key ?? SegmentFigure.None, StringComparer.Ordinal)
            .Select(g => new SegmentFigure(g.Key, CategoryCounts.Figure(g.Select(r => (r.Category, r.Count)))))
            .OrderByDescending(s => s.Figure.Count).ThenBy(s => s.Key, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<ThemeTrendPoint>> ThemesOverTimeAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var scored = InsightsFiltering.Scored(context, filter);
        var rows = granularity == TrendGranularity.Week
            ? await scored
                .GroupBy(r => new { Week = (int)Math.Floor((SqliteFunctions.JulianDay(r.StartedAt) - TrendBuckets.FirstMondayJulianDay) / 7), r.Theme, r.Category })
                .Select(g => new { Start = g.Key.Week, Month = 0, g.Key.Theme, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken)
            : await scored
                .GroupBy(r => new { r.StartedAt.Year, r.StartedAt.Month, r.Theme, r.Category })
                .Select(g => new { Start = g.Key.Year, g.Key.Month, g.Key.Theme, g.Key.Category, Count = g.Count() })
                .ToListAsync(cancellationToken);
        return [.. rows
            .GroupBy(r => (Start: granularity == TrendGranularity.Week ? TrendBuckets.WeekStart(r.Start) : TrendBuckets.MonthStart(r.Start, r.Month), Theme: r.Theme ?? SegmentFigure.None))
            .OrderBy(g => g.Key.Start).ThenBy(g => g.Key.Theme, StringComparer.Ordinal)
            .Select(g => new ThemeTrendPoint(g.Key.Start, g.Key.Theme, CategoryCounts.Figure(g.Select(r => (r.Category, r.Count)))))];
    }

    private static async Task<NpsFigure> FigureAsync(IQueryable<Entities.SurveyResponseRecord> scored, CancellationToken cancellationToken)
    {
        var rows = await scored
            .GroupBy(r => r.Category)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return CategoryCounts.Figure(rows.Select(r => ((NpsCategory?)r.Category, r.Count)));
    }
}
