using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights.DayCounts;

namespace NpsBot.Storage.Insights.PeriodCounts;

/// <summary>
/// The <see cref="InsightsFilter"/> over the rollups, when they can answer it (<see cref="DayCountFiltering.Answers"/>):
/// the weekly or monthly cells (<c>response_period_counts</c>) of the whole weeks or months inside the period, and the
/// daily cells (<c>response_day_counts</c>) of the days at its edges that do not fill a week or month, as one
/// <c>UNION ALL</c>. Each day of the period is counted by exactly one cell grain, so the sums equal the daily rollup's
/// (and the rows'). A two-year period reads about 40,000 monthly cells instead of 390,000 daily ones at 1M responses.
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

        DateOnly? from = filter.From is { } start ? DateOnly.FromDateTime(start.UtcDateTime) : null;
        DateOnly? to = filter.To is { } end ? DateOnly.FromDateTime(end.UtcDateTime) : null;
        if (coarse is not { } grain)
        {
            return Filtered(Days(context, from, to), filter);
        }

        // Whole periods: from the first one starting on or after `from`, up to (not including) the one holding `to`
        // (exclusive, so a `to` on a period's first day ends the period before it).
        DateOnly? first = from is { } a ? (StartOf(a, grain) == a ? a : Next(StartOf(a, grain), grain)) : null;
        DateOnly? last = to is { } b ? StartOf(b, grain) : null;
        if (first is { } x && last is { } y && x >= y)
        {
            return Filtered(Days(context, from, to), filter);
        }

        var cells = Filtered(Periods(context, grain, first, last), filter);
        if (from is { } left && first is { } leftEnd && left < leftEnd)
        {
            cells = cells.Concat(Filtered(Days(context, left, leftEnd), filter));
        }

        if (to is { } right && last is { } rightStart && rightStart < right)
        {
            cells = cells.Concat(Filtered(Days(context, rightStart, right), filter));
        }

        return cells;
    }

    private static DateOnly StartOf(DateOnly day, TrendGranularity grain) => TrendBuckets.StartOf(day, grain);

    private static DateOnly Next(DateOnly start, TrendGranularity grain) =>
        grain == TrendGranularity.Week ? start.AddDays(7) : start.AddMonths(1);

    private static IQueryable<RollupCell> Periods(NpsBotDbContext context, TrendGranularity grain, DateOnly? first, DateOnly? last)
    {
        var code = grain == TrendGranularity.Week ? PeriodGrains.Week : PeriodGrains.Month;
        var cells = context.ResponsePeriodCounts.AsNoTracking().Where(c => c.Grain == code);
        if (first is { } a)
        {
            cells = cells.Where(c => c.Start >= a);
        }

        if (last is { } b)
        {
            cells = cells.Where(c => c.Start < b);
        }

        return cells.Select(c => new RollupCell
        {
            Start = c.Start, ChannelId = c.ChannelId, Locale = c.Locale, Theme = c.Theme, Category = c.Category, Score = c.Score,
            Responses = c.Responses, Completed = c.Completed,
        });
    }

    private static IQueryable<RollupCell> Days(NpsBotDbContext context, DateOnly? from, DateOnly? to)
    {
        var cells = context.ResponseDayCounts.AsNoTracking();
        if (from is { } a)
        {
            cells = cells.Where(c => c.Day >= a);
        }

        if (to is { } b)
        {
            cells = cells.Where(c => c.Day < b);
        }

        return cells.Select(c => new RollupCell
        {
            Start = c.Day, ChannelId = c.ChannelId, Locale = c.Locale, Theme = c.Theme, Category = c.Category, Score = c.Score,
            Responses = c.Responses, Completed = c.Completed,
        });
    }

    /// <summary>The filter's keys (its period is in the cells' range already).</summary>
    private static IQueryable<RollupCell> Filtered(IQueryable<RollupCell> cells, InsightsFilter filter)
    {
        if (filter.Channel is { } channel)
        {
            cells = cells.Where(c => c.ChannelId == channel);
        }

        if (filter.Locale is { } locale)
        {
            cells = cells.Where(c => c.Locale == locale);
        }

        if (filter.Theme is { } theme)
        {
            cells = cells.Where(c => c.Theme == theme);
        }

        if (filter.Band is { } band)
        {
            cells = cells.Where(c => c.Category == band);
        }

        if (filter.Score is { } score)
        {
            cells = cells.Where(c => c.Score == score);
        }

        return cells;
    }
}
