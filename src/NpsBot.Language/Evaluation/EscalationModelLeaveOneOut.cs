using System.Text;
using NpsBot.Language.Escalation;
using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Evaluation;

/// <summary>One left-out blind file at one threshold: the cues alone, and the cues or the model trained without its batch.</summary>
public sealed record EscalationModelFold(string Batch, double Threshold, EscalationEvaluation CuesAlone, EscalationEvaluation CuesOrModel);

/// <summary>
/// Leave-one-batch-out for the escalation model (<see cref="EscalationRecallLayer"/>): for each <c>blind-*</c> folder, a
/// model is trained from the shipped escalation lines without that folder's lines (every line marked as coming from it,
/// and any line whose words are one of its complaints', since short complaints recur across batches), and each of its
/// complaint files is scored with the cues alone and with the cues or that model, at every threshold of
/// <see cref="Thresholds"/>. The shipped threshold is the lowest that keeps every left-out file's precision at or above
/// <see cref="ChoosingFloor"/>. The cues were tuned on batches a–l, so their "alone" figures there are optimistic; only
/// batch m (2026-12-03) was never tuned on. Kept-back batches are never read (only <c>blind-*</c> folders are listed).
/// </summary>
public static class EscalationModelLeaveOneOut
{
    /// <summary>Above the 0.60, as the brief of escmodel14 asks: no left-out batch below it.</summary>
    public const double PrecisionFloor = 0.80;

    /// <summary>
    /// The precision every left-out file must keep for a threshold to be chosen: the floor with five points of room, the
    /// spread of the cues' own precision across batches (89–99 %), so that the next batch keeps the floor too.
    /// </summary>
    public const double ChoosingFloor = 0.85;

    public static IReadOnlyList<double> Thresholds { get; } = [.. Enumerable.Range(6, 14).Select(i => i * 0.05)];

    /// <summary>The shipped lines a fold's model is trained from: none from <paramref name="batchFolder"/> or repeating one of its complaints.</summary>
    public static IReadOnlyList<EscalationExample> TrainingWithout(
        IReadOnlyList<(EscalationExample Example, IReadOnlySet<string> FromBatches)> shipped, string batchFolder, IEnumerable<ComplaintCase> batchCases)
    {
        ArgumentNullException.ThrowIfNull(shipped);
        var texts = batchCases.Select(c => Fold(c.Text)).ToHashSet(StringComparer.Ordinal);
        return [.. shipped.Where(l => !l.FromBatches.Contains(batchFolder) && !texts.Contains(Fold(l.Example.Text))).Select(l => l.Example)];
    }

    /// <summary>Every fold at every threshold (one model per folder, trained once).</summary>
    public static IReadOnlyList<EscalationModelFold> Run(string evaluationFolder)
    {
        var files = EscalationLeaveOneOut.Batches(evaluationFolder)
            .Select(b => (b.Name, Folder: b.Name.Split('/')[0], Cases: EvaluationSets.ReadAnyComplaints(b.Path)))
            .ToList();
        var shipped = EscalationTrainingData.ShippedWithBatches();
        var analyzer = new SentimentAnalyzer();
        var folds = new List<EscalationModelFold>();
        foreach (var folder in files.GroupBy(f => f.Folder))
        {
            var model = EscalationModel.Train(TrainingWithout(shipped, folder.Key, folder.SelectMany(f => f.Cases)));
            foreach (var file in folder)
            {
                var scored = file.Cases.Select(c => (
                    Expected: c.Reasons,
                    Cues: EscalationClassifier.Classify(c.Text, analyzer.Analyze(c.Text, c.Language).Sentiment),
                    Model: model.Predict(c.Text))).ToList();
                var cuesAlone = EscalationEvaluation.From([.. scored.Select(s => (s.Expected, s.Cues))]);
                folds.AddRange(Thresholds.Select(t => new EscalationModelFold(file.Name, t, cuesAlone, EscalationEvaluation.From(
                    [.. scored.Select(s => (s.Expected, EscalationRecallLayer.Combine(s.Cues, s.Model, t)))]))));
            }
        }

        return folds;
    }

    /// <summary>The lowest threshold at which every left-out file keeps <see cref="ChoosingFloor"/>; null when none does.</summary>
    public static double? Chosen(IReadOnlyList<EscalationModelFold> folds)
    {
        ArgumentNullException.ThrowIfNull(folds);
        return Thresholds.Cast<double?>().FirstOrDefault(t => folds.Where(f => f.Threshold == t).All(f => f.CuesOrModel.Precision >= ChoosingFloor));
    }

    /// <summary>Lower case, letters and digits only, one space between words: a copy with other punctuation is still a copy.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            folded.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', folded.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
