using System.Globalization;
using NpsBot.Recovery.Sla;

namespace NpsBot.Recovery.Tests.Sla;

/// <summary>Business time between two instants (the SLA figures of a closed case, issue 9): what <see cref="BusinessCalendar.Add"/> counts.</summary>
public sealed class BusinessTimeBetweenTests
{
    private static readonly BusinessCalendar Utc = new(new BusinessHours());

    [Theory]
    [InlineData("2026-11-24T14:00:00Z", "2026-11-24T15:30:00Z", 90)]    // within a day
    [InlineData("2026-11-24T16:30:00Z", "2026-11-25T09:30:00Z", 60)]    // over the night
    [InlineData("2026-11-27T16:00:00Z", "2026-11-30T10:00:00Z", 120)]   // over a weekend
    [InlineData("2026-11-28T10:00:00Z", "2026-11-28T12:00:00Z", 0)]     // all on a Saturday
    [InlineData("2026-11-24T15:00:00Z", "2026-11-24T14:00:00Z", 0)]     // end before start
    public void Counts_only_working_hours(string start, string end, int minutes)
    {
        var between = Utc.Between(Parse(start), Parse(end));

        Assert.Equal(TimeSpan.FromMinutes(minutes), between);
    }

    [Fact]
    public void Is_the_inverse_of_adding_business_time()
    {
        var start = Parse("2026-11-24T16:30:00Z");

        var due = Utc.Add(start, TimeSpan.FromHours(48));

        Assert.Equal(TimeSpan.FromHours(48), Utc.Between(start, due));
    }

    private static DateTimeOffset Parse(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture);
}
