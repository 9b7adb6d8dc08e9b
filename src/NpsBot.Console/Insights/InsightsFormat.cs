using System.Globalization;
using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Insights;

/// <summary>Figures in words, the same on the cards, in the charts' text and in their screen-reader tables.</summary>
public static class InsightsFormat
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>"NPS 32 ± 6 (n = 412)"; "no scores" when nobody gave one.</summary>
    public static string Nps(NpsFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Nps is { } nps && figure.Margin is { } margin
            ? string.Create(Invariant, $"NPS {Math.Round(nps):0} ± {Math.Round(margin):0} (n = {figure.Count})")
            : "no scores";
    }

    public static string Percent(double? share) => share is { } value ? string.Create(Invariant, $"{Math.Round(value * 100):0} %") : "—";

    public static string Share(int part, int whole) => whole == 0 ? "—" : Percent((double)part / whole);

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "no contact yet",
        { TotalMinutes: < 1 } => "under a minute",
        { TotalHours: < 1 } d => string.Create(Invariant, $"{(int)d.TotalMinutes} min"),
        { TotalDays: < 1 } d => string.Create(Invariant, $"{(int)d.TotalHours} h {d.Minutes} min"),
        { } d => string.Create(Invariant, $"{(int)d.TotalDays} d {d.Hours} h"),
    };

    public static string Period(DateOnly start, TrendGranularity granularity) => granularity == TrendGranularity.Month
        ? start.ToString("MMMM yyyy", Invariant)
        : "week of " + start.ToString("d MMM yyyy", Invariant);

    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("d MMM yyyy HH:mm 'UTC'", Invariant);
}
