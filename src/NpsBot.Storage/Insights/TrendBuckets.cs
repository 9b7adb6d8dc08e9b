using NpsBot.Recovery.Insights;

namespace NpsBot.Storage.Insights;

/// <summary>Week numbers as the week queries compute them: whole weeks since Monday 5 January 1970 (UTC).</summary>
internal static class TrendBuckets
{
    /// <summary>julianday('1970-01-05 00:00:00'), a Monday.</summary>
    public const double FirstMondayJulianDay = 2440591.5;

    private static readonly DateOnly FirstMonday = new(1970, 1, 5);

    public static DateOnly WeekStart(int week) => FirstMonday.AddDays(week * 7);

    public static DateOnly MonthStart(int year, int month) => new(year, month, 1);

    /// <summary>The Monday starting the week of <paramref name="day"/> (the same week the SQL computes for its rows).</summary>
    public static DateOnly WeekStartOf(DateOnly day) => WeekStart((int)Math.Floor((day.DayNumber - FirstMonday.DayNumber) / 7.0));

    public static DateOnly MonthStartOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>The first day of the week or month holding <paramref name="day"/>.</summary>
    public static DateOnly StartOf(DateOnly day, TrendGranularity granularity) =>
        granularity == TrendGranularity.Week ? WeekStartOf(day) : MonthStartOf(day);
}
