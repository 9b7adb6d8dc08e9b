using System.Globalization;

namespace NpsBot.Recovery.Sla;

/// <summary>
/// A deadline as the customer reads it, in the team's time zone: "15:00" when it is today, the weekday and time within a
/// week ("Monday 09:00", "lundi 09:00"), and the date as well beyond that.
/// </summary>
public static class DeadlineText
{
    public static string Format(DateTimeOffset deadlineLocal, DateTimeOffset nowLocal, string? locale)
    {
        var culture = CultureOf(locale);
        var time = deadlineLocal.ToString("HH:mm", CultureInfo.InvariantCulture);
        var days = deadlineLocal.Date - nowLocal.Date;
        if (days == TimeSpan.Zero)
        {
            return time;
        }

        var day = culture.DateTimeFormat.GetDayName(deadlineLocal.DayOfWeek);
        return days.TotalDays < 7
            ? $"{day} {time}"
            : $"{day} {deadlineLocal.ToString(culture.DateTimeFormat.MonthDayPattern, culture)} {time}";
    }

    private static CultureInfo CultureOf(string? locale)
    {
        try
        {
            return string.IsNullOrWhiteSpace(locale) ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
