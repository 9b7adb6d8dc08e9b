using NpsBot.Conversations.Language;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Cli;

/// <summary>
/// <c>evaluate</c>: runs labelled score and complaint sets and prints the figures (Markdown). <c>--scores</c> and
/// <c>--complaints</c> take comma-separated file lists (either format, see <see cref="EvaluationSets"/>); the i-th score
/// file and the i-th complaint file form one batch, printed under its own heading, so blind batches are reported
/// separately beside the held-out sets, in the order given.
/// </summary>
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

    /// <summary>
    /// Every blind batch under <paramref name="evaluationFolder"/> (each <c>blind-*</c> folder, see <see cref="BlindBatches"/>)
    /// first, then the held-out <c>scores.tsv</c>/<c>complaints.tsv</c> beside them, each under its own heading.
    /// </summary>
    public async Task<IReadOnlyList<EvaluationReport>> RunFolderAsync(string evaluationFolder, TextWriter output, bool withMisses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var batches = BlindBatches.Discover(evaluationFolder).ToList();
        var heldOutScores = Path.Combine(evaluationFolder, "scores.tsv");
        var heldOutComplaints = Path.Combine(evaluationFolder, "complaints.tsv");
        if (File.Exists(heldOutScores) || File.Exists(heldOutComplaints))
        {
            batches.Add(new BlindBatch("held-out (written beside the code)", File.Exists(heldOutScores) ? heldOutScores : null, File.Exists(heldOutComplaints) ? heldOutComplaints : null));
        }

        var reports = new List<EvaluationReport>();
        foreach (var batch in batches)
        {
            await output.WriteLineAsync($"## {batch.Name}");
            await output.WriteLineAsync();
            var report = await EvaluationReport.RunAsync(
                recognizer,
                classifier,
                sentiment,
                batch.ScoresPath is null ? [] : EvaluationSets.ReadAnyScores(batch.ScoresPath),
                batch.ComplaintsPath is null ? [] : EvaluationSets.ReadAnyComplaints(batch.ComplaintsPath),
                cancellationToken);
            EvaluationReportWriter.Write(report, output, withMisses);
            await output.WriteLineAsync();
            reports.Add(report);
        }

        await output.FlushAsync(cancellationToken);
        return reports;
    }

    public async Task<IReadOnlyList<EvaluationReport>> RunAsync(IReadOnlyList<string> scoreFiles, IReadOnlyList<string> complaintFiles, TextWriter output, bool withMisses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scoreFiles);
        ArgumentNullException.ThrowIfNull(complaintFiles);
        ArgumentNullException.ThrowIfNull(output);
        var reports = new List<EvaluationReport>();
        for (var i = 0; i < Math.Max(scoreFiles.Count, complaintFiles.Count); i++)
        {
            var scoreFile = i < scoreFiles.Count ? scoreFiles[i] : null;
            var complaintFile = i < complaintFiles.Count ? complaintFiles[i] : null;
            if (scoreFiles.Count + complaintFiles.Count > 2)
            {
                await output.WriteLineAsync($"## {string.Join(" + ", new[] { scoreFile, complaintFile }.OfType<string>().Select(Path.GetFileName))}");
                await output.WriteLineAsync();
            }

            var report = await EvaluationReport.RunAsync(
                recognizer,
                classifier,
                sentiment,
                scoreFile is null ? [] : EvaluationSets.ReadAnyScores(scoreFile),
                complaintFile is null ? [] : EvaluationSets.ReadAnyComplaints(complaintFile),
                cancellationToken);
            EvaluationReportWriter.Write(report, output, withMisses);
            await output.WriteLineAsync();
            reports.Add(report);
        }

        await output.FlushAsync(cancellationToken);
        return reports;
    }
}
