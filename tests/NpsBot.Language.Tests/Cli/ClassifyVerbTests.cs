using System.Text.Json;
using NpsBot.Language.Cli;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Cli;

public sealed class ClassifyVerbTests
{
    [Fact]
    public async Task Each_complaint_gives_theme_confidence_escalation_and_sentiment()
    {
        var verb = new ClassifyVerb(new OfflineThemeClassifier(new ThemeModelHolder(TrainedModel.Instance)), new SentimentAnalyzer());
        var input = new StringReader("My parcel is two weeks late and the tracking is dead\nI will sue you, my lawyer has the invoice\n");
        var output = new StringWriter();

        await verb.RunAsync(input, output, "en", TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("delivery", lines[0].GetProperty("theme").GetString());
        Assert.InRange(lines[0].GetProperty("confidence").GetDouble(), 0, 1);
        Assert.False(lines[0].GetProperty("escalate").GetBoolean());
        Assert.True(lines[1].GetProperty("escalate").GetBoolean());
        Assert.Equal("legal", lines[1].GetProperty("reasons")[0].GetString());
        Assert.InRange(lines[1].GetProperty("sentiment").GetDouble(), -1, 1);
    }
}
