using System.Globalization;
using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as Markdown: accuracy per status, theme accuracy and macro-F1 with the confusion matrix, escalation precision/recall.</summary>
public static class EvaluationReportWriter
{
    public static void Write(EvaluationReport report, TextWriter writer, bool withMisses = true)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var scores = report.Scores;
        var total = scores.PerStatus.Values.Sum(v => v.Total);
        writer.WriteLine(Invariant($"### Score recognizer ({total} replies)"));
        writer.WriteLine();
        writer.WriteLine("| expected status | correct | total | accuracy |");
        writer.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var status in Enum.GetValues<ScoreStatus>())
        {
            var (correct, count) = scores.PerStatus.GetValueOrDefault(status);
            writer.WriteLine(Invariant($"| {ScoreStatusNames.ToName(status)} | {correct} | {count} | {Percent(correct, count)} |"));
        }

        writer.WriteLine(Invariant($"| **all** | {total - scores.Misses.Count} | {total} | **{scores.Accuracy:P1}** |"));
        writer.WriteLine();
        WriteThemes(report.Themes, writer);
        var e = report.Escalation;
        writer.WriteLine(Invariant($"### Escalation"));
        writer.WriteLine();
        writer.WriteLine(Invariant($"precision **{e.Precision:P1}**, recall **{e.Recall:P1}** (true positives {e.TruePositives}, false positives {e.FalsePositives}, false negatives {e.FalseNegatives})"));
        WriteEscalationReasons(e, writer);
        if (withMisses)
        {
            WriteMisses(report, writer);
        }
    }

    private static void WriteThemes(ThemeEvaluation themes, TextWriter writer)
    {
        var total = themes.Confusion.Values.Sum();
        writer.WriteLine(Invariant($"### Themes ({total} complaints)"));
        writer.WriteLine();
        writer.WriteLine(Invariant($"accuracy **{themes.Accuracy:P1}**, macro-F1 **{themes.MacroF1:F3}**"));
        writer.WriteLine();
        writer.WriteLine("| expected \\ predicted | " + string.Join(" | ", themes.Themes) + " | F1 |");
        writer.WriteLine("| --- |" + string.Concat(themes.Themes.Select(_ => " ---: |")) + " ---: |");
        foreach (var expected in themes.Themes)
        {
            var cells = themes.Themes.Select(p => themes.Confusion.GetValueOrDefault((expected, p)).ToString(CultureInfo.InvariantCulture));
            writer.WriteLine(Invariant($"| {expected} | {string.Join(" | ", cells)} | {themes.F1[expected]:F3} |"));
        }

        writer.WriteLine();
    }

    private static void WriteEscalationReasons(EscalationEvaluation escalation, TextWriter writer)
    {
        if (escalation.PerReason.Count == 0)
        {
            return;
        }

        writer.WriteLine();
        writer.WriteLine("| reason | labelled | escalated (recall) | with this reason | escalations giving it | of which labelled escalations (precision) | of which this reason |");
        writer.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (reason, f) in escalation.PerReason)
        {
            writer.WriteLine(Invariant($"| {reason} | {f.Labelled} | {f.Escalated} ({Percent(f.Escalated, f.Labelled)}) | {f.WithReason} | {f.Predicted} | {f.PredictedOnEscalation} ({Percent(f.PredictedOnEscalation, f.Predicted)}) | {f.PredictedSameReason} |"));
        }
    }

    private static void WriteMisses(EvaluationReport report, TextWriter writer)
    {
        writer.WriteLine();
        writer.WriteLine("### Misses");
        writer.WriteLine();
        foreach (var (item, got) in report.Scores.Misses)
        {
            writer.WriteLine(Invariant($"- score [{item.Language}] \"{item.Text}\": expected {ScoreStatusNames.ToName(item.Status)} {item.Score}, got {ScoreStatusNames.ToName(got.Status)} {got.Score}"));
        }

        foreach (var (item, predicted) in report.ThemeMisses)
        {
            writer.WriteLine(Invariant($"- theme [{item.Language}] \"{item.Text}\": expected {item.Theme}, got {predicted}"));
        }

        foreach (var (item, predicted) in report.EscalationMisses)
        {
            var expected = item.Escalate ? string.Join(',', item.Reasons) : "no escalation";
            var got = predicted.Count > 0 ? string.Join(',', predicted) : "no escalation";
            writer.WriteLine(Invariant($"- escalation [{item.Language}] \"{item.Text}\": expected {expected}, got {got}"));
        }
    }

    private static string Percent(int correct, int total) => total == 0 ? "–" : ((double)correct / total).ToString("P1", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => FormattableString.Invariant(text);
}
