using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

public sealed class ThemeSectorCuesTests
{
    [Theory]
    [InlineData("the night porter was rude", "service")]
    [InlineData("la serveuse nous a ignorés", "service")]
    [InlineData("der Sachbearbeiter antwortet nicht", "service")]
    [InlineData("o garçom foi grosso", "service")]
    [InlineData("de kapster luisterde niet", "service")]
    [InlineData("la plataforma del cole no carga", "website")]
    [InlineData("het ouderportaal laadt niet", "website")]
    [InlineData("the hotel pool was closed all week", "other")]
    [InlineData("los vestuarios del gimnasio dan asco", "other")]
    [InlineData("die Praxis liegt am Stadtrand", "other")]
    [InlineData("my premium went up again", "price")]
    [InlineData("het schoolgeld is weer omhoog", "price")]
    [InlineData("abonnement automatisch verlengd", "billing")]
    [InlineData("la suscripcion se renovo sola", "billing")]
    public void A_sector_word_counts_for_its_theme(string complaint, string theme)
    {
        var cues = ThemeCues.Compute(complaint);

        Assert.True(cues[Index(theme)] > 0, $"no {theme} cue in \"{complaint}\"");
    }

    [Theory]
    [InlineData("the brakes on my new bike squeal")]
    [InlineData("hotel room smelled of damp and the shower was lukewarm")]
    [InlineData("de fiets piept")]
    public void Words_that_also_name_a_product_give_no_other_cue(string complaint)
    {
        Assert.Equal(0, ThemeCues.Compute(complaint)[Index("other")]);
    }

    [Fact]
    public void A_doctor_beside_a_device_gives_no_service_cue()
    {
        Assert.Equal(0, ThemeCues.Compute("the blood pressure monitor reads wrong and my doctor relies on it")[Index("service")]);
    }

    private static int Index(string theme) => ThemeCues.Themes.ToList().IndexOf(theme);
}
