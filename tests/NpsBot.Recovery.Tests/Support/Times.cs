namespace NpsBot.Recovery.Tests.Support;

/// <summary>Instants the tests start from (the default business hours: Monday to Friday, 09:00–17:00 UTC).</summary>
internal static class Times
{
    /// <summary>Tuesday 24 November 2026, 13:59 UTC: the customer joins a minute later, in business hours.</summary>
    public static DateTimeOffset TuesdayAfternoon { get; } = new(2026, 11, 24, 13, 59, 0, TimeSpan.Zero);

    /// <summary>Saturday 28 November 2026, 09:59 UTC: the team is off until Monday.</summary>
    public static DateTimeOffset SaturdayMorning { get; } = new(2026, 11, 28, 9, 59, 0, TimeSpan.Zero);
}
