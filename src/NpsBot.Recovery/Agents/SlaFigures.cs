using NpsBot.Recovery.Sla;

namespace NpsBot.Recovery.Agents;

/// <summary>
/// A closed case's SLA figures, stored on it: time to the first human contact and to resolution, on the wall clock and
/// in business time as the SLA clocks count it (working hours of working days, holidays skipped).
/// </summary>
public sealed record SlaFigures(TimeSpan? ToFirstContact, TimeSpan? BusinessToFirstContact, TimeSpan ToResolution, TimeSpan BusinessToResolution)
{
    public static SlaFigures Of(BusinessCalendar calendar, DateTimeOffset openedAt, DateTimeOffset? firstContactAt, DateTimeOffset resolvedAt)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return new SlaFigures(
            firstContactAt - openedAt,
            firstContactAt is { } contact ? calendar.Between(openedAt, contact) : null,
            resolvedAt - openedAt,
            calendar.Between(openedAt, resolvedAt));
    }
}
