using NpsBot.Conversations.Definitions;

namespace NpsBot.Conversations.Tests.Definitions;

public sealed class DefinitionLoaderTests : IDisposable
{
    private readonly string _copy = TestDialogs.Copy();

    [Fact]
    public void The_repository_dialogs_load_with_their_settings_and_locales()
    {
        var definitions = TestDialogs.Load();

        Assert.Equal("en", definitions.Survey.DefaultLocale);
        Assert.Equal(["en", "es", "fr", "de", "pt", "nl"], definitions.Survey.Locales);
        Assert.Equal(2, definitions.Survey.MaxAttempts.Score);
        Assert.Contains(definitions.Survey.FollowUps, rule => rule.Concern == "delivery" && rule.Keywords["en"].Contains("late"));
        Assert.Equal(["de", "en", "es", "fr", "nl", "pt"], definitions.Wording.Locales.Keys.Order());
        Assert.NotEmpty(definitions.Wording.For("en").Entry("survey.ask-score").Buttons);
    }

    [Fact]
    public void A_key_the_code_uses_but_a_locale_lacks_is_a_load_error_naming_file_and_key()
    {
        RemoveKey("locales/es.yaml", "prompt.confirm.no");

        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Load(_copy, TestDialogs.SurveyFile, TestDialogs.EngineKeys));

        Assert.Equal("locales/es.yaml", error.File);
        Assert.Equal("prompt.confirm.no", error.Key);
        Assert.Contains("locales/es.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("prompt.confirm.no", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_named_by_a_follow_up_rule_must_exist_in_every_locale()
    {
        RemoveKey("locales/en.yaml", "survey.detractor.follow-up.price");

        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Load(_copy, TestDialogs.SurveyFile, TestDialogs.EngineKeys));

        Assert.Equal(("locales/en.yaml", "survey.detractor.follow-up.price"), (error.File, error.Key));
    }

    [Fact]
    public void A_listed_locale_without_its_file_is_a_load_error()
    {
        File.Delete(Path.Combine(_copy, "locales", "es.yaml"));

        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Load(_copy, TestDialogs.SurveyFile, TestDialogs.EngineKeys));

        Assert.Equal("locales/es.yaml", error.File);
        Assert.Contains("not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_in_a_wording_entry_is_a_load_error()
    {
        File.AppendAllText(Path.Combine(_copy, "locales", "en.yaml"), "\nsurvey.extra:\n  txt: \"typo\"\n");

        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Load(_copy, TestDialogs.SurveyFile, TestDialogs.EngineKeys));

        Assert.Equal(("locales/en.yaml", "survey.extra"), (error.File, error.Key));
        Assert.Contains("txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_default_locale_that_is_not_listed_is_a_load_error()
    {
        var path = Path.Combine(_copy, TestDialogs.SurveyFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace("defaultLocale: en", "defaultLocale: it", StringComparison.Ordinal));

        var error = Assert.Throws<DefinitionException>(() => DefinitionLoader.Load(_copy, TestDialogs.SurveyFile, TestDialogs.EngineKeys));

        Assert.Equal((TestDialogs.SurveyFile, "defaultLocale"), (error.File, error.Key));
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private void RemoveKey(string file, string key)
    {
        var path = Path.Combine(_copy, file);
        var lines = File.ReadAllLines(path).ToList();
        var start = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.Length > 0 && !char.IsWhiteSpace(l[0]));
        lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
        File.WriteAllLines(path, lines);
    }
}
