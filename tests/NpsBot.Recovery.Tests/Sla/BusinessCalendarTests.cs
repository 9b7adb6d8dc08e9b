using NpsBot.Recovery.Sla;

namespace NpsBot.Recovery.Tests.Sla;

public sealed class BusinessCalendarTests
{
    private static readonly BusinessCalendar Utc = new(new BusinessHours());

    [Theory]
    [InlineData("2026-11-24T14:00:00Z", 1, "2026-11-24T15:00:00Z")]   // Tuesday afternoon: within the day
    [InlineData("2026-11-24T16:30:00Z", 1, "2026-11-25T09:30:00Z")]   // half an hour today, half tomorrow morning
    [InlineData("2026-11-24T20:00:00Z", 1, "2026-11-25T10:00:00Z")]   // evening: the clock starts at the next opening
    [InlineData("2026-11-24T06:00:00Z", 1, "2026-11-24T10:00:00Z")]   // before opening
    [InlineData("2026-11-27T16:30:00Z", 1, "2026-11-30T09:30:00Z")]   // Friday evening runs over the weekend
    [InlineData("2026-11-28T10:00:00Z", 1, "2026-11-30T10:00:00Z")]   // Saturday: Monday 10:00
    [InlineData("2026-11-24T14:00:00Z", 48, "2026-12-02T14:00:00Z")]  // 48 business hours = 6 working days of 8 hours
    [InlineData("2026-11-24T17:00:00Z", 0, "2026-11-25T09:00:00Z")]   // closing time itself is closed
    public void Business_time_skips_nights_and_weekends(string start, int hours, string expected)
    {
        var due = Utc.Add(DateTimeOffset.Parse(start, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.FromHours(hours));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), due);
    }

    [Fact]
    public void Holidays_are_skipped_like_weekends()
    {
        var calendar = new BusinessCalendar(new BusinessHours { Holidays = [new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)] });

        var due = calendar.Add(new DateTimeOffset(2026, 12, 23, 16, 30, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 12, 28, 9, 30, 0, TimeSpan.Zero), due);
    }

    [Fact]
    public void Hours_are_counted_in_the_teams_time_zone_including_its_daylight_saving_change()
    {
        var madrid = new BusinessCalendar(new BusinessHours { TimeZone = "Europe/Madrid" });

        // Friday 27 March 2026 16:30 in Madrid (15:30 UTC, winter time); Monday 30 March is summer time (UTC+2).
        var due = madrid.Add(new DateTimeOffset(2026, 3, 27, 15, 30, 0, TimeSpan.Zero), TimeSpan.FromHours(1));

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 9, 30, 0, TimeSpan.FromHours(2)), due);
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 7, 30, 0, TimeSpan.Zero), due.ToUniversalTime());
    }

    [Theory]
    [InlineData("2026-11-24T09:00:00Z", true)]
    [InlineData("2026-11-24T16:59:59Z", true)]
    [InlineData("2026-11-24T17:00:00Z", false)]
    [InlineData("2026-11-24T08:59:59Z", false)]
    [InlineData("2026-11-28T12:00:00Z", false)]
    public void The_team_is_open_from_opening_until_just_before_closing_on_workdays(string instant, bool open) =>
        Assert.Equal(open, Utc.IsOpen(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void New_york_hours_are_open_at_14_00_local_which_is_19_00_utc()
    {
        var newYork = new BusinessCalendar(new BusinessHours { TimeZone = "America/New_York" });

        Assert.True(newYork.IsOpen(new DateTimeOffset(2026, 11, 24, 19, 0, 0, TimeSpan.Zero)));
        Assert.False(newYork.IsOpen(new DateTimeOffset(2026, 11, 24, 23, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Hours_that_close_before_they_open_are_refused() =>
        Assert.Throws<ArgumentException>(() => new BusinessCalendar(new BusinessHours { Opens = new TimeOnly(17, 0), Closes = new TimeOnly(9, 0) }));
}
