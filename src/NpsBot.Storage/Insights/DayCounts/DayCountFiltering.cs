using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Insights.DayCounts;

/// <summary>
/// The <see cref="InsightsFilter"/> over the daily rollup (<c>response_day_counts</c>), when the rollup can answer it:
/// no agent and no funnel stage (those need the cases), a period on whole UTC days (the rollup's grain), and no empty
/// locale or theme (the rollup spells "none" as ''). Otherwise null, and the figure reads the rows.
/// </summary>
internal static class DayCountFiltering
{
    public static IQueryable<ResponseDayCountRecord>? Cells(NpsBotDbContext context, InsightsFilter filter)
    {
        if (!Answers(filter))
        {
            return null;
        }

        var cells = context.ResponseDayCounts.AsNoTracking();
        if (filter.From is { } from)
        {
            var day = DateOnly.FromDateTime(from.UtcDateTime);
            cells = cells.Where(c => c.Day >= day);
        }

        if (filter.To is { } to)
        {
            var day = DateOnly.FromDateTime(to.UtcDateTime);
            cells = cells.Where(c => c.Day < day);
        }

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

    /// <summary>True when <see cref="Cells"/> gives the same figures as the rows.</summary>
    public static bool Answers(InsightsFilter filter) =>
        filter.Agent is null && filter.Stage is null && WholeDay(filter.From) && WholeDay(filter.To)
        && filter.Locale is not DayCountKeys.None && filter.Theme is not DayCountKeys.None;

    /// <summary>The key as the rows have it: '' back to null.</summary>
    public static string? Key(string stored) => stored.Length == 0 ? null : stored;

    private static bool WholeDay(DateTimeOffset? bound) => bound is not { } value || value.UtcDateTime.TimeOfDay == TimeSpan.Zero;
}
