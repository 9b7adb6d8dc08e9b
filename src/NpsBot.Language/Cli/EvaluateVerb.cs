using NpsBot.Conversations.Language;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Cli;

/// <summary><c>evaluate</c>: runs the labelled score and complaint sets and prints the figures (Markdown).</summary>
public sealed class EvaluateVerb(IScoreRecognizer recognizer, IThemeClassifier classifier, ISentimentAnalyzer sentiment)
{
    public async Task<EvaluationReport> RunAsync(TextReader scores, TextReader complaints, TextWriter output, bool withMisses, CancellationToken cancellationToken)
    {
        var report = await EvaluationReport.RunAsync(
            recognizer, classifier, sentiment, EvaluationSets.ReadScores(scores), EvaluationSets.ReadComplaints(complaints), cancellationToken);
        EvaluationReportWriter.Write(report, output, withMisses);
        await output.FlushAsync(cancellationToken);
        return report;
    }
}
