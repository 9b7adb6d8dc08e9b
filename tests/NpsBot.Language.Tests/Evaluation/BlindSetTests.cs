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

        // Just under the figures reached after tuning on these sets (README): 99.8 %, 0.752, 95.8 % / 97.2 %.
        Assert.True(report.Scores.Accuracy >= 0.99, $"Score accuracy {report.Scores.Accuracy:P1}");
        Assert.True(report.Themes.MacroF1 >= 0.74, $"Theme macro-F1 {report.Themes.MacroF1:F3}");
        Assert.True(report.Escalation.Recall >= 0.93 && report.Escalation.Precision >= 0.94, $"Escalation P {report.Escalation.Precision:P1} R {report.Escalation.Recall:P1}");
    }

    [Fact]
    public async Task The_holdout_blind_sets_are_reported()
    {
        var report = await RunAsync("scores-holdout.tsv", "complaints-holdout.tsv");

        Assert.Equal(199, report.Scores.PerStatus.Values.Sum(v => v.Total));
        Assert.Equal(187, report.Themes.Confusion.Values.Sum());

        // Just under the first run (README): 86.4 %, 0.636, 97.2 % / 48.6 %. Below the targets, reported as they came.
        Assert.True(report.Scores.Accuracy >= 0.86, $"Score accuracy {report.Scores.Accuracy:P1}");
        Assert.True(report.Themes.MacroF1 >= 0.62, $"Theme macro-F1 {report.Themes.MacroF1:F3}");
        Assert.True(report.Escalation.Recall >= 0.48 && report.Escalation.Precision >= 0.95, $"Escalation P {report.Escalation.Precision:P1} R {report.Escalation.Recall:P1}");
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
