using YamlDotNet.Serialization;

namespace NpsBot.Language.Tests.Scores;

public sealed class ScoreReaskWordingTests
{
    public static TheoryData<string> Locales => ["en", "es", "fr", "de", "pt", "nl"];

    [Theory]
    [MemberData(nameof(Locales))]
    public void Every_shipped_locale_has_a_re_ask_per_status_and_the_read_back(string locale)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dialogs", $"score-reasks.{locale}.yaml");

        var wording = new DeserializerBuilder().Build().Deserialize<Dictionary<string, List<string>>>(File.ReadAllText(path));

        Assert.Equal(["survey.ask-score.ambiguous", "survey.ask-score.none", "survey.ask-score.out-of-range", "survey.ask-score.read-back"], wording.Keys.Order(StringComparer.Ordinal));
        Assert.All(wording.Values, texts => Assert.NotEmpty(texts));
        Assert.Contains("{{score}}", wording["survey.ask-score.read-back"][0], StringComparison.Ordinal);
    }
}
