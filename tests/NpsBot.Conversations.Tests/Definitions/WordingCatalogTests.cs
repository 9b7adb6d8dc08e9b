namespace NpsBot.Conversations.Tests.Definitions;

public sealed class WordingCatalogTests
{
    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("es", "es")]
    [InlineData("ES_es", "es")]
    [InlineData("en-GB", "en")]
    [InlineData("fr-CA", "fr")]
    [InlineData("de-AT", "de")]
    [InlineData("pt-BR", "pt")]
    [InlineData("pt_PT", "pt")]
    [InlineData("nl-BE", "nl")]
    [InlineData("it-IT", "en")]
    [InlineData(null, "en")]
    [InlineData("", "en")]
    public void The_locale_is_chosen_by_language_with_english_as_the_fallback(string? activityLocale, string expected)
    {
        var wording = TestDialogs.Load().Wording;

        var chosen = wording.For(activityLocale);

        Assert.Equal(expected, chosen.Locale);
    }

    [Fact]
    public void One_conversation_always_gets_the_same_variant()
    {
        var en = TestDialogs.Load().Wording.For("en");
        var args = new Dictionary<string, string> { ["name"] = "Ana", ["company"] = "Contoso" };

        var first = en.Text("survey.greeting", args, "conversation-7");
        var again = en.Text("survey.greeting", args, "conversation-7");

        Assert.Equal(first, again);
        Assert.Contains("Ana", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Different_conversations_see_more_than_one_variant()
    {
        var en = TestDialogs.Load().Wording.For("en");
        var args = new Dictionary<string, string> { ["name"] = "Ana", ["company"] = "Contoso" };

        var texts = Enumerable.Range(0, 40).Select(i => en.Text("survey.greeting", args, $"c{i}")).Distinct().ToList();

        Assert.True(texts.Count > 1);
    }
}
