using NpsBot.Server.Proactive;

namespace NpsBot.Server.Tests.Proactive;

/// <summary>The quiet window in the customer's zone: inside it a send moves to the window's end; outside it stays.</summary>
public sealed class QuietHoursTests
{
    private static readonly TimeOnly Nine = new(21, 0);
    private static readonly TimeOnly Eight = new(8, 0);
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2026-12-01T22:30:00Z", "2026-12-02T08:00:00Z")] // late evening: next morning
    [InlineData("2026-12-02T03:00:00Z", "2026-12-02T08:00:00Z")] // small hours: this morning
    [InlineData("2026-12-01T21:00:00Z", "2026-12-02T08:00:00Z")] // the start is quiet
    [InlineData("2026-12-02T08:00:00Z", "2026-12-02T08:00:00Z")] // the end is allowed
    [InlineData("2026-12-02T14:00:00Z", "2026-12-02T14:00:00Z")] // daytime: unchanged
    [InlineData("2026-07-01T07:30:00Z", "2026-07-01T07:30:00Z")] // 08:30 in London summer time: allowed
    [InlineData("2026-07-01T06:30:00Z", "2026-07-01T07:00:00Z")] // 07:30 BST: moved to 08:00 BST = 07:00 UTC
    public void A_send_in_the_london_night_moves_to_eight_in_the_morning(string at, string expected)
    {
        var moved = QuietHours.NextAllowed(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), London, Nine, Eight);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), moved);
    }

    [Fact]
    public void The_same_instant_is_day_in_one_zone_and_night_in_another()
    {
        var at = new DateTimeOffset(2026, 12, 2, 3, 0, 0, TimeSpan.Zero); // 03:00 London, 22:00 New York (the day before)

        Assert.True(QuietHours.IsQuiet(at, London, Nine, Eight));
        Assert.True(QuietHours.IsQuiet(at, NewYork, Nine, Eight));
        Assert.False(QuietHours.IsQuiet(at.AddHours(10), London, Nine, Eight)); // 13:00 London
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero), QuietHours.NextAllowed(at, NewYork, Nine, Eight)); // 08:00 EST
    }

    [Fact]
    public void A_window_that_does_not_wrap_midnight_and_an_empty_window_work_too()
    {
        var lunch = (Start: new TimeOnly(12, 0), End: new TimeOnly(14, 0));
        var at = new DateTimeOffset(2026, 12, 2, 12, 30, 0, TimeSpan.Zero);

        Assert.Equal(at.Date.AddHours(14), QuietHours.NextAllowed(at, TimeZoneInfo.Utc, lunch.Start, lunch.End).UtcDateTime);
        Assert.Equal(at, QuietHours.NextAllowed(at, TimeZoneInfo.Utc, Eight, Eight));
    }
}
