namespace NpsBot.Recovery.Sla;

/// <summary>
/// Business-time arithmetic in the team's time zone: whether the team is working at an instant, and the instant a
/// given amount of working time after another (skipping nights, non-working days and holidays). Pure: no clock inside.
/// </summary>
public sealed class BusinessCalendar
{
    private const int MaxDaysAhead = 400;
    private readonly BusinessHours _hours;
    private readonly TimeZoneInfo _zone;

    public BusinessCalendar(BusinessHours hours)
    {
        ArgumentNullException.ThrowIfNull(hours);
        if (hours.Closes <= hours.Opens)
        {
            throw new ArgumentException("Business hours must close after they open.", nameof(hours));
        }

        if (hours.Workdays.Count == 0)
        {
            throw new ArgumentException("Business hours need at least one working day.", nameof(hours));
        }

        _hours = hours;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(hours.TimeZone);
    }

    public TimeZoneInfo Zone => _zone;

    /// <summary>The instant in the team's local time.</summary>
    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    /// <summary>True when the team is working at <paramref name="instant"/>.</summary>
    public bool IsOpen(DateTimeOffset instant)
    {
        var local = ToLocal(instant);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkday(DateOnly.FromDateTime(local.DateTime)) && time >= _hours.Opens && time < _hours.Closes;
    }

    /// <summary>The instant <paramref name="duration"/> of working time after <paramref name="start"/>.</summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(duration.Ticks, nameof(duration));
        var local = ToLocal(start).DateTime;
        var day = DateOnly.FromDateTime(local);
        var from = TimeOnly.FromDateTime(local);
        var left = duration;
        for (var i = 0; i < MaxDaysAhead; i++, day = day.AddDays(1), from = TimeOnly.MinValue)
        {
            if (!IsWorkday(day) || from >= _hours.Closes)
            {
                continue;
            }

            var begin = from > _hours.Opens ? from : _hours.Opens;
            var available = _hours.Closes - begin;
            if (left <= available)
            {
                return AtLocal(day, begin.ToTimeSpan() + left);
            }

            left -= available;
        }

        throw new InvalidOperationException($"No working time found within {MaxDaysAhead} days.");
    }

    /// <summary>The working time between two instants (zero when <paramref name="end"/> is not after <paramref name="start"/>).</summary>
    public TimeSpan Between(DateTimeOffset start, DateTimeOffset end)
    {
        if (end <= start)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var first = DateOnly.FromDateTime(ToLocal(start).DateTime);
        var last = DateOnly.FromDateTime(ToLocal(end).DateTime);
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (!IsWorkday(day))
            {
                continue;
            }

            var opens = AtLocal(day, _hours.Opens.ToTimeSpan());
            var closes = AtLocal(day, _hours.Closes.ToTimeSpan());
            var from = start > opens ? start : opens;
            var to = end < closes ? end : closes;
            if (to > from)
            {
                total += to - from;
            }
        }

        return total;
    }

    private bool IsWorkday(DateOnly day) => _hours.Workdays.Contains(day.DayOfWeek) && !_hours.Holidays.Contains(day);

    private DateTimeOffset AtLocal(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
