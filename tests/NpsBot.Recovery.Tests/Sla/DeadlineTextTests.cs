using NpsBot.Recovery.Sla;

namespace NpsBot.Recovery.Tests.Sla;

public sealed class DeadlineTextTests
{
    private static readonly DateTimeOffset Saturday = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_deadline_today_is_only_its_time() =>
        Assert.Equal("15:00", DeadlineText.Format(Saturday.AddHours(5), Saturday, "en-US"));

    [Theory]
    [InlineData("en-US", "Monday 10:00")]
    [InlineData("es-ES", "lunes 10:00")]
    [InlineData("fr-FR", "lundi 10:00")]
    [InlineData("de-DE", "Montag 10:00")]
    [InlineData("pt-BR", "segunda-feira 10:00")]
    [InlineData("nl-NL", "maandag 10:00")]
    public void A_deadline_within_the_week_is_the_weekday_in_the_customers_language(string locale, string expected) =>
        Assert.Equal(expected, DeadlineText.Format(Saturday.AddDays(2), Saturday, locale));

    [Fact]
    public void A_deadline_more_than_a_week_away_has_its_date() =>
        Assert.Equal("Thursday December 10 10:00", DeadlineText.Format(Saturday.AddDays(12), Saturday, "en-US"));
}
