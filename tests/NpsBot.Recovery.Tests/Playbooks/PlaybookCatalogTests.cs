using NpsBot.Conversations.Definitions;
using NpsBot.Recovery.Playbooks;
using NpsBot.Recovery.Tests.Support;

namespace NpsBot.Recovery.Tests.Playbooks;

public sealed class PlaybookCatalogTests
{
    private static readonly string[] Locales = ["en", "es", "fr", "de", "pt", "nl"];
    private static readonly string[] Themes = ["delivery", "product", "service", "price", "billing", "website", "other"];

    [Fact]
    public void Every_theme_of_the_theme_model_has_a_playbook_with_wording_in_all_six_locales()
    {
        var catalog = RecoveryTranscript.Playbooks;

        Assert.Equal(Locales, catalog.Locales);
        Assert.Equal(Themes, catalog.Playbooks.Select(p => p.Theme));
        Assert.All(catalog.Playbooks, book => Assert.All(Locales, locale =>
        {
            Assert.True(book.Acknowledgements[locale].Count >= 2, $"{book.Theme}/{locale} needs several acknowledgements");
            Assert.False(string.IsNullOrWhiteSpace(book.Label[locale]));
            Assert.False(string.IsNullOrWhiteSpace(book.Phrase[locale]));
        }));
    }

    [Fact]
    public void Acknowledgements_name_the_customer_only_through_the_name_placeholder_and_never_quote_them()
    {
        var acknowledgements = RecoveryTranscript.Playbooks.Playbooks.SelectMany(p => p.Acknowledgements.Values.SelectMany(v => v)).ToList();

        Assert.All(acknowledgements, text => Assert.Equal(["name"], TemplateText.PlaceholdersOf(text)));
        Assert.All(acknowledgements, text => Assert.Contains(", {name}", text, StringComparison.Ordinal));
        Assert.All(acknowledgements, text => Assert.DoesNotContain('"', text));
    }

    [Fact]
    public void Remedies_have_limits_titles_and_confirmations_that_name_the_deadline_and_a_pools_code()
    {
        var remedies = RecoveryTranscript.Playbooks.Remedies.Values.ToList();

        Assert.Equal(["reship", "refund-route", "discount-code", "extended-warranty", "callback"], remedies.Select(r => r.Code));
        Assert.Equal((10, "recovery-10"), (remedies[2].Limit, remedies[2].Pool));
        Assert.True(remedies.Single(r => r.Code == "callback").Callback);
        Assert.All(remedies, remedy => Assert.All(Locales, locale =>
            Assert.Equal(remedy.Pool is null ? ["deadline"] : ["code", "deadline"], TemplateText.PlaceholdersOf(remedy.Confirmation[locale]).Order(StringComparer.Ordinal))));
    }

    [Fact]
    public void A_playbook_naming_an_unknown_remedy_stops_the_start_with_the_key()
    {
        var directory = Directory.CreateTempSubdirectory("npsbot-playbooks").FullName;
        File.WriteAllText(Path.Combine(directory, PlaybookCatalog.FileName), """
            locales: [en]
            defaultLocale: en
            remedies: {}
            themes:
              delivery:
                label: {en: Delivery}
                phrase: {en: the delivery}
                acknowledgements: {en: ["Sorry, {name}."]}
                remedies: [free-car]
            """);

        var error = Assert.Throws<DefinitionException>(() => PlaybookCatalog.Load(directory));

        Assert.Contains("themes.delivery.remedies", error.Message, StringComparison.Ordinal);
        Assert.Contains("free-car", error.Message, StringComparison.Ordinal);
        Directory.Delete(directory, recursive: true);
    }
}
