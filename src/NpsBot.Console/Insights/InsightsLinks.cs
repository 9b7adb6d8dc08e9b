using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Insights;

/// <summary>
/// The manager's URLs: every one carries the filter as its query string (<see cref="InsightsFilter.ToQueryString"/>),
/// so a link reproduces the view and a chart segment opens exactly the responses behind it.
/// </summary>
public static class InsightsLinks
{
    public const string DashboardPath = "/console/dashboard";
    public const string ResponsesPath = "/console/responses";
    public const string ExportsPath = "/console/exports/responses";

    /// <summary>The dashboard's own parameter (not part of the filter): trend points by week or month.</summary>
    public const string GranularityField = "by";

    /// <summary>The responses page's own parameter: the transcript search words.</summary>
    public const string SearchField = "q";

    public static string Dashboard(InsightsFilter filter, TrendGranularity granularity) =>
        With(DashboardPath, filter.ToQueryString(), granularity == TrendGranularity.Month ? $"{GranularityField}=month" : null);

    public static string Responses(InsightsFilter filter, string? search = null) =>
        With(ResponsesPath, filter.ToQueryString(), string.IsNullOrWhiteSpace(search) ? null : $"{SearchField}={Uri.EscapeDataString(search.Trim())}");

    public static string Conversation(long responseId, InsightsFilter filter) =>
        With($"{ResponsesPath}/{responseId}", filter.ToQueryString(), null);

    /// <summary>format is csv or json.</summary>
    public static string Export(InsightsFilter filter, string format) => With($"{ExportsPath}.{format}", filter.ToQueryString(), null);

    /// <summary>The filter narrowed to one week or month (kept inside the filter's own period).</summary>
    public static InsightsFilter Period(InsightsFilter filter, DateOnly start, TrendGranularity granularity)
    {
        var from = new DateTimeOffset(start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var to = granularity == TrendGranularity.Month ? from.AddMonths(1) : from.AddDays(7);
        return filter with
        {
            From = filter.From is { } own && own > from ? own : from,
            To = filter.To is { } end && end < to ? end : to,
        };
    }

    /// <summary>The value of one query parameter of a URL (null when absent).</summary>
    public static string? QueryValue(string uri, string name)
    {
        var query = new Uri(uri).Query.TrimStart('?');
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    private static string With(string path, string query, string? extra)
    {
        var parts = new[] { query, extra }.Where(p => !string.IsNullOrEmpty(p)).ToList();
        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }
}
