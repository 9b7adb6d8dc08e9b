using NpsBot.Recovery.Insights;

namespace NpsBot.Storage.Insights;

/// <summary>The filter's keys on either rollup's cells (<see cref="IRollupKeys"/>).</summary>
internal static class RollupKeyFiltering
{
    /// <summary>The cells under the filter's channel, locale, theme and score.</summary>
    public static IQueryable<T> ByKeys<T>(IQueryable<T> cells, InsightsFilter filter)
        where T : class, IRollupKeys
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

        if (filter.Score is { } score)
        {
            cells = cells.Where(c => c.Score == score);
        }

        return cells;
    }
}
