using NpsBot.Conversations.Language;
using NpsBot.Language.Intents;
using NpsBot.Language.Redaction;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests;

public sealed class EmptyInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("🙂🙂")]
    [InlineData("?!")]
    public async Task Every_service_answers_calmly_when_there_is_nothing_to_read(string text)
    {
        var score = new ScoreRecognizer().Recognize(text, null);
        var intents = new IntentDetector(new ScoreRecognizer()).Detect(text, null);
        var redacted = new TextRedactor().Redact(text);
        var sentiment = new SentimentAnalyzer().Analyze(text, null);
        var theme = await new OfflineThemeClassifier(new ThemeModelHolder(TrainedModel.Instance)).ClassifyAsync(text, null, TestContext.Current.CancellationToken);

        Assert.Equal(ScoreStatus.None, score.Status);
        Assert.DoesNotContain(Intent.Stop, intents.Intents);
        Assert.Equal(text, redacted);
        Assert.False(sentiment.Escalate);
        Assert.Contains(theme.Theme, ThemeCatalog.Shipped.Ids);
    }
}
