using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights.DayCounts;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Insights.PeriodCounts;

/// <summary>
/// The <see cref="InsightsFilter"/> over the rollups, when they can answer it (<see cref="DayCountFiltering.Answers"/>),
/// as one <c>UNION ALL</c> of cells: the weekly or monthly cells (<c>response_period_counts</c>) of the whole weeks or
/// months inside the period, the daily cells (<c>response_day_counts</c>) of the whole UTC days at its edges that do
/// not fill a week or month, and, when an end of the period falls inside a UTC day ("the last 30 days" ending now, a
/// day starting at local midnight), the rows of that part of a day, one cell each. Each moment of the period is
/// counted by exactly one of them, so the sums equal a GROUP BY of the rows. A two-year period reads about 40,000
/// monthly cells instead of 390,000 daily ones at 1M responses; a partial day reads at most a day's rows (by the
/// covering index on <c>started_at</c>).
/// </summary>
internal static class RollupCells
{
    /// <summary>
    /// The cells, or null when the figure must read the rows. <paramref name="coarse"/>: the coarse cells to use (weeks
    /// for a weekly trend, else months), or null for daily cells only.
    /// </summary>
    public static IQueryable<RollupCell>? For(NpsBotDbContext context, InsightsFilter filter, TrendGranularity? coarse)
    {
        if (!DayCountFiltering.Answers(filter))
        {
            return null;
        }

        var from = filter.From?.UtcDateTime;
        var to = filter.To?.UtcDateTime;
        if (from is { } start && to is { } end && DayOf(start) == DayOf(end))
        {
            // Inside one UTC day: its rows only.
            return Rows(context, filter, start, end);
        }

        // Whole UTC days [first, last): from the first midnight at or after `from` to the last one at or before `to`.
        DateOnly? first = from is { } a ? (a.TimeOfDay == TimeSpan.Zero ? DayOf(a) : DayOf(a).AddDays(1)) : null;
        DateOnly? last = to is { } b ? DayOf(b) : null;
        IQueryable<RollupCell>? cells = first is { } x && last is { } y && x >= y ? null : WholeDays(context, filter, first, last, coarse);
        if (from is { } left && left.TimeOfDay != TimeSpan.Zero)
        {
            cells = Append(cells, Rows(context, filter, left, Midnight(first!.Value)));
        }

        if (to is { } right && right.TimeOfDay != TimeSpan.Zero)
        {
            cells = Append(cells, Rows(context, filter, Midnight(last!.Value), right));
        }

        return cells;
    }

    /// <summary>The cells of whole days [from, to): coarse periods inside, daily cells for the days at the edges.</summary>
    private static IQueryable<RollupCell> WholeDays(NpsBotDbContext context, InsightsFilter filter, DateOnly? from, DateOnly? to, TrendGranularity? coarse)
    {
        if (coarse is not { } grain)
        {
            return Filtered(Between(Days(context), from, to), filter);
        }

        // Whole periods: from the first one starting on or after `from`, up to (not including) the one holding `to`
        // (exclusive, so a `to` on a period's first day ends the period before it).
        DateOnly? first = from is { } a ? (TrendBuckets.StartOf(a, grain) == a ? a : Next(TrendBuckets.StartOf(a, grain), grain)) : null;
        DateOnly? last = to is { } b ? TrendBuckets.StartOf(b, grain) : null;
        if (first is { } x && last is { } y && x >= y)
        {
            return Filtered(Between(Days(context), from, to), filter);
        }

        var cells = Filtered(Between(Periods(context, grain), first, last), filter);
        if (from is { } left && first is { } leftEnd && left < leftEnd)
        {
            cells = cells.Concat(Filtered(Between(Days(context), left, leftEnd), filter));
        }

        if (to is { } right && last is { } rightStart && rightStart < right)
        {
            cells = cells.Concat(Filtered(Between(Days(context), rightStart, right), filter));
        }

        return cells;
    }

    private static IQueryable<RollupCell> Append(IQueryable<RollupCell>? cells, IQueryable<RollupCell> more) =>
        cells is null ? more : cells.Concat(more);

    private static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc);

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static DateOnly Next(DateOnly start, TrendGranularity grain) =>
        grain == TrendGranularity.Week ? start.AddDays(7) : start.AddMonths(1);

    private static IQueryable<RollupCell> Periods(NpsBotDbContext context, TrendGranularity grain)
    {
        var code = grain == TrendGranularity.Week ? PeriodGrains.Week : PeriodGrains.Month;
        return context.ResponsePeriodCounts.AsNoTracking().Where(c => c.Grain == code).Select(c => new RollupCell
        {
            Start = c.Start, ChannelId = c.ChannelId, Locale = c.Locale, Theme = c.Theme, Category = c.Category, Score = c.Score,
            Responses = c.Responses, Completed = c.Completed,
        });
    }

    private static IQueryable<RollupCell> Days(NpsBotDbContext context) =>
        context.ResponseDayCounts.AsNoTracking().Select(c => new RollupCell
        {
            Start = c.Day, ChannelId = c.ChannelId, Locale = c.Locale, Theme = c.Theme, Category = c.Category, Score = c.Score,
            Responses = c.Responses, Completed = c.Completed,
        });

    /// <summary>
    /// The scored rows under the filter's keys in [from, to), a part of one UTC day, as cells of one response each
    /// keyed as the rollups key them (<see cref="DayCountTriggers"/>: '' for no locale or theme, -1 for no score).
    /// </summary>
    private static IQueryable<RollupCell> Rows(NpsBotDbContext context, InsightsFilter filter, DateTime from, DateTime to)
    {
        var day = DayOf(from);
        return InsightsFiltering.Scored(context, filter with { From = new DateTimeOffset(from), To = new DateTimeOffset(to) })
            .Select(r => new RollupCell
            {
                Start = day, ChannelId = r.ChannelId, Locale = r.Locale ?? DayCountKeys.None, Theme = r.Theme ?? DayCountKeys.None,
                Category = r.Category!.Value, Score = r.Score ?? DayCountKeys.NoScore,
                Responses = 1, Completed = r.Outcome == SurveyOutcomes.Completed ? 1 : 0,
            });
    }

    /// <summary>Cells whose start is in [from, to).</summary>
    private static IQueryable<RollupCell> Between(IQueryable<RollupCell> cells, DateOnly? from, DateOnly? to)
    {
        if (from is { } a)
        {
            cells = cells.Where(c => c.Start >= a);
        }

        if (to is { } b)
        {
            cells = cells.Where(c => c.Start < b);
        }

        return cells;
    }

    /// <summary>The filter's keys (its period is in the cells' range already).</summary>
    private static IQueryable<RollupCell> Filtered(IQueryable<RollupCell> cells, InsightsFilter filter)
    {
        cells = RollupKeyFiltering.ByKeys(cells, filter);
        if (filter.Band is { } band)
        {
            cells = cells.Where(c => c.Category == band);
        }

        return cells;
    }
}
