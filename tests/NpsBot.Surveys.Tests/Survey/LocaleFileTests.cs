using System.Text.RegularExpressions;
using NpsBot.Conversations.Definitions;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed partial class LocaleFileTests
{
    private static readonly LocaleWording English = SurveyTranscript.Definitions.Wording.For("en");

    public static TheoryData<string> Locales => [.. SurveyTranscript.Definitions.Survey.Locales];

    [Fact]
    public void Every_file_in_the_locales_folder_is_a_listed_locale()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "dialogs", "locales");

        var files = Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(SurveyTranscript.Definitions.Survey.Locales.Select(locale => $"{locale}.yaml").Order(StringComparer.Ordinal), files);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_locale_has_exactly_the_keys_of_english(string locale)
    {
        var wording = SurveyTranscript.Definitions.Wording.For(locale);

        var keys = wording.Entries.Keys.Order(StringComparer.Ordinal);

        Assert.Equal(locale, wording.Locale);
        Assert.Equal(English.Entries.Keys.Order(StringComparer.Ordinal), keys);
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_locale_uses_the_placeholders_of_english_key_by_key(string locale)
    {
        var wording = SurveyTranscript.Definitions.Wording.For(locale);

        var different = English.Entries.Keys
            .Where(key => !Placeholders(wording.Entry(key)).SetEquals(Placeholders(English.Entry(key))))
            .ToList();

        Assert.Empty(different);
        Assert.All(wording.Entries.Values.SelectMany(entry => entry.Variants), text => Assert.DoesNotContain("{{", text, StringComparison.Ordinal));
        Assert.All(wording.Entry(K.AskScoreReadBack).Variants, text => Assert.Contains("{score}", text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_locale_keeps_the_score_buttons_and_has_yes_no_and_restart_words_it_names(string locale)
    {
        var wording = SurveyTranscript.Definitions.Wording.For(locale);

        Assert.Equal(English.Entry(K.AskScore).Buttons, wording.Entry(K.AskScore).Buttons);
        Assert.NotEmpty(wording.Entry("prompt.confirm.yes").Accepts);
        Assert.NotEmpty(wording.Entry("prompt.confirm.no").Accepts);
        Assert.NotEmpty(wording.Entry(K.Restart).Accepts);
        Assert.Contains(wording.Entry(K.Restart).Variants[0], wording.Entry(K.AlreadyDone).Variants[0], StringComparison.Ordinal);
    }

    private static HashSet<string> Placeholders(WordingEntry entry) =>
        [.. entry.Variants.SelectMany(text => Placeholder().Matches(text).Select(match => match.Value))];

    [GeneratedRegex(@"\{[A-Za-z][A-Za-z0-9_-]*\}")]
    private static partial Regex Placeholder();
}
