using System.Globalization;
using System.Text;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Recovery.Insights;

/// <summary>
/// The one filter every insights figure, list and export honours: a period ([From, To), by when the survey started),
/// channel, locale, theme, agent (the case's assignee), score band, and for drill-down one score and a funnel stage. It round-trips to a URL query string
/// (<see cref="ToQueryString"/> / <see cref="InsightsFilterParser"/>), so a link shows a colleague the same view.
/// </summary>
public sealed record InsightsFilter
{
    public static InsightsFilter All { get; } = new();

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }

    public string? Channel { get; init; }

    public string? Locale { get; init; }

    public string? Theme { get; init; }

    public string? Agent { get; init; }

    public NpsCategory? Band { get; init; }

    /// <summary>One score, 0 to 10 (a bar of the distribution).</summary>
    public int? Score { get; init; }

    /// <summary>The funnel step the response's case has reached (a bar of the funnel).</summary>
    public FunnelStage? Stage { get; init; }

    /// <summary>The filter as query-string parameters (no leading '?'), only the ones set, in a fixed order.</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        Add(parts, InsightsFilterParser.FromField, From?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Add(parts, InsightsFilterParser.ToField, To?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        Add(parts, InsightsFilterParser.ChannelField, Channel);
        Add(parts, InsightsFilterParser.LocaleField, Locale);
        Add(parts, InsightsFilterParser.ThemeField, Theme);
        Add(parts, InsightsFilterParser.AgentField, Agent);
        Add(parts, InsightsFilterParser.BandField, Band is { } band ? InsightsFilterParser.BandName(band) : null);
        Add(parts, InsightsFilterParser.ScoreField, Score?.ToString(CultureInfo.InvariantCulture));
        Add(parts, InsightsFilterParser.StageField, Stage is { } stage ? InsightsFilterParser.StageName(stage) : null);
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add(new StringBuilder(name).Append('=').Append(Uri.EscapeDataString(value)).ToString());
        }
    }
}
