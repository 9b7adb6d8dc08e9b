namespace NpsBot.Server.Proactive;

/// <summary>
/// The quiet window in a customer's local time (pure: the instant and zone are passed in). The window may wrap midnight
/// (21:00–08:00). Local times are converted with TimeZoneInfo, so daylight-saving changes are respected; an end time
/// that does not exist on a spring-forward day is taken as the first valid instant after it.
/// </summary>
public static class QuietHours
{
    /// <summary>True when <paramref name="at"/> falls inside the window in <paramref name="zone"/>.</summary>
    public static bool IsQuiet(DateTimeOffset at, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (start == end)
        {
            return false;
        }

        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return start < end ? local >= start && local < end : local >= start || local < end;
    }

    /// <summary><paramref name="at"/> itself when it is outside the window, otherwise the window's end (the next allowed instant).</summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset at, TimeZoneInfo zone, TimeOnly start, TimeOnly end)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (!IsQuiet(at, zone, start, end))
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        var endDay = TimeOnly.FromDateTime(local) >= end ? day.AddDays(1) : day;
        var wall = endDay.ToDateTime(end, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(wall))
        {
            wall = wall.AddMinutes(1);
        }

        var offset = zone.GetUtcOffset(wall);
        return new DateTimeOffset(wall, offset);
    }
}
