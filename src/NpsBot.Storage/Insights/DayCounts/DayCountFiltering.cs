using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Insights.DayCounts;

/// <summary>
/// When the rollups (<c>response_day_counts</c>, <c>response_period_counts</c>) can answer an <see cref="InsightsFilter"/>:
/// no agent and no funnel stage (those need the cases), and no empty locale or theme (the rollups spell "none" as '').
/// Otherwise the figure reads the rows. Any period will do: the parts of a UTC day at its edges are read from the rows
/// (<see cref="PeriodCounts.RollupCells"/>).
/// </summary>
internal static class DayCountFiltering
{
    /// <summary>True when the rollups (<see cref="PeriodCounts.RollupCells"/>) give the same figures as the rows.</summary>
    public static bool Answers(InsightsFilter filter) =>
        filter.Agent is null && filter.Stage is null
        && filter.Locale is not DayCountKeys.None && filter.Theme is not DayCountKeys.None;

    /// <summary>The key as the rows have it: '' back to null.</summary>
    public static string? Key(string stored) => stored.Length == 0 ? null : stored;
}
