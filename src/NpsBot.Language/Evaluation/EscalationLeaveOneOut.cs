using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Evaluation;

/// <summary>One left-out batch: the figures without the second tier, and with the gate chosen on the other batches.</summary>
public sealed record EscalationFoldFigures(string Batch, double? ChosenGate, EscalationEvaluation Without, EscalationEvaluation With);

/// <summary>
/// Leave-one-batch-out for the escalation classifier's second tier (<see cref="EscalationSecondChance"/>): for each blind
/// batch, the gate is chosen on every other batch (the loosest whose pooled precision stays at or above
/// <see cref="TrainingPrecisionFloor"/>, so the most recall) and the left-out batch is scored with it. The cue lists were
/// written from the batches' misses (a–i are tuned-on, see the MISS-KINDS files), so only the tier is judged here, never
/// the cues. The kept-back batches (<c>kept-back-*</c>) are never read.
/// </summary>
public static class EscalationLeaveOneOut
{
    /// <summary>Above the 0.70 the tier must keep on the left-out batch, with room for one batch's spread.</summary>
    public const double TrainingPrecisionFloor = 0.85;

    /// <summary>The gates tried, tightest first: no tier (null), an anger word only (−2, below any sentiment), then ever looser sentiment, then any complaint (1, the top of the scale).</summary>
    public static IReadOnlyList<double?> Gates { get; } = [null, -2.0, -0.6, -0.3, -0.1, 0.0, 1.0];

    /// <summary>Every <c>blind-*</c> complaint file under the folder, named by folder and file.</summary>
    public static IReadOnlyList<(string Name, string Path)> Batches(string evaluationFolder)
    {
        ArgumentNullException.ThrowIfNull(evaluationFolder);
        return [.. Directory.GetDirectories(evaluationFolder, "blind-*").Order(StringComparer.Ordinal)
            .SelectMany(folder => Directory.GetFiles(folder, "complaints*.tsv").Order(StringComparer.Ordinal)
                .Select(file => ($"{Path.GetFileName(folder)}/{Path.GetFileNameWithoutExtension(file)}", file)))];
    }

    public static IReadOnlyList<EscalationFoldFigures> Run(IReadOnlyList<(string Name, IReadOnlyList<ComplaintCase> Cases)> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var analyzer = new SentimentAnalyzer();

        // Every complaint classified once per gate; the folds only pick among these.
        var predicted = batches.Select(b => b.Cases.Select(c =>
        {
            var sentiment = analyzer.Analyze(c.Text, c.Language).Sentiment;
            return Gates.Select(g => EscalationClassifier.Classify(c.Text, sentiment, g)).ToArray();
        }).ToArray()).ToArray();

        EscalationEvaluation Score(IEnumerable<int> batchIndexes, int gate) =>
            EscalationEvaluation.From([.. batchIndexes.SelectMany(b => batches[b].Cases.Select((c, i) => (c.Reasons, predicted[b][i][gate])))]);

        var figures = new List<EscalationFoldFigures>();
        for (var left = 0; left < batches.Count; left++)
        {
            var training = Enumerable.Range(0, batches.Count).Where(b => b != left).ToList();
            var chosen = Enumerable.Range(0, Gates.Count).Last(g => g == 0 || Score(training, g).Precision >= TrainingPrecisionFloor);
            figures.Add(new EscalationFoldFigures(batches[left].Name, Gates[chosen], Score([left], 0), Score([left], chosen)));
        }

        return figures;
    }
}
