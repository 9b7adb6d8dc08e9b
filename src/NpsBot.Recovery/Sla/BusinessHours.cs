namespace NpsBot.Recovery.Sla;

/// <summary>When the customer team works: a time zone, the working days, opening and closing time, and holidays.</summary>
public sealed record BusinessHours
{
    /// <summary>IANA or Windows time zone id; the SLA clocks run in this zone's local time.</summary>
    public string TimeZone { get; init; } = "UTC";

    public IReadOnlyList<DayOfWeek> Workdays { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public TimeOnly Opens { get; init; } = new(9, 0);

    public TimeOnly Closes { get; init; } = new(17, 0);

    /// <summary>Local dates on which the team does not work.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; init; } = [];
}
