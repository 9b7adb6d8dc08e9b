using NpsBot.Language.Evaluation;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Evaluation;

public sealed class EvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_held_out_sets_meet_the_accuracy_thresholds()
    {
        var scores = EvaluationSets.ReadScores(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "scores.tsv")));
        var complaints = EvaluationSets.ReadComplaints(File.OpenText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "complaints.tsv")));
        var classifier = new OfflineThemeClassifier(new ThemeModelHolder(TrainedModel.Instance));

        var report = await EvaluationReport.RunAsync(new ScoreRecognizer(), classifier, new SentimentAnalyzer(), scores, complaints, TestContext.Current.CancellationToken);

        var text = new StringWriter();
        EvaluationReportWriter.Write(report, text);
        output.WriteLine(text.ToString());
        Assert.True(scores.Count >= 250 && complaints.Count >= 350, "The evaluation sets are smaller than promised.");
        Assert.True(report.Scores.Accuracy >= 0.97, $"Score accuracy {report.Scores.Accuracy:P1} is below 97%.");
        Assert.True(report.Themes.MacroF1 >= 0.85, $"Theme macro-F1 {report.Themes.MacroF1:F3} is below 0.85.");
    }

    [Fact]
    public async Task The_blind_complaint_batch_is_reported()
    {
        var lines = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Evaluation", "complaints-blind.tsv"));
        var second = lines.IndexOf("# Second blind batch", StringComparison.Ordinal);
        var third = lines.IndexOf("# Third blind batch", StringComparison.Ordinal);
        var classifier = new OfflineThemeClassifier(new ThemeModelHolder(TrainedModel.Instance));
        var batches = new[]
        {
            ("first blind batch", lines[..second]), ("second blind batch", lines[second..third]), ("first and second", lines[..third]),
            ("third blind batch", lines[third..]), ("all three", lines),
        };

        foreach (var (name, tsv) in batches)
        {
            var complaints = EvaluationSets.ReadComplaints(new StringReader(tsv));
            var report = await EvaluationReport.RunAsync(new ScoreRecognizer(), classifier, new SentimentAnalyzer(), [], complaints, TestContext.Current.CancellationToken);
            var text = new StringWriter();
            EvaluationReportWriter.Write(report, text);
            output.WriteLine($"## {name}\n{text}");
            Assert.Equal(complaints.Count, report.Themes.Confusion.Values.Sum());
        }
    }
}
