using System.Globalization;
using NpsBot.Language.Escalation;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Cli;

/// <summary>
/// <c>evaluate-escalation --evaluation DIR</c>: the escalation second tier's leave-one-batch-out figures
/// (<see cref="EscalationLeaveOneOut"/>), one row per blind batch, then the mean and the worst batch with and without it.
/// </summary>
public static class EvaluateEscalationVerb
{
    public static Task<int> RunAsync(string evaluationFolder, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Task.Run(
            () =>
            {
                var batches = EscalationLeaveOneOut.Batches(evaluationFolder)
                    .Select(b => (b.Name, EvaluationSets.ReadAnyComplaints(b.Path)))
                    .ToList();
                var folds = EscalationLeaveOneOut.Run(batches);
                output.WriteLine($"Second tier shipped with the gate sentiment <= {EscalationSecondChance.SentimentAtMost.ToString(CultureInfo.InvariantCulture)}; each row's gate chosen on the other batches.");
                output.WriteLine("| left-out batch | gate chosen | recall without → with | precision without → with |");
                output.WriteLine("|---|---:|---:|---:|");
                foreach (var f in folds)
                {
                    var gate = f.ChosenGate is { } g ? g.ToString(CultureInfo.InvariantCulture) : "off";
                    output.WriteLine(Invariant($"| {f.Batch} | {gate} | {f.Without.Recall:P1} → {f.With.Recall:P1} | {f.Without.Precision:P1} → {f.With.Precision:P1} |"));
                }

                output.WriteLine(Invariant($"mean recall {folds.Average(f => f.Without.Recall):P1} → {folds.Average(f => f.With.Recall):P1}, worst {folds.Min(f => f.Without.Recall):P1} → {folds.Min(f => f.With.Recall):P1}; mean precision {folds.Average(f => f.Without.Precision):P1} → {folds.Average(f => f.With.Precision):P1}, worst {folds.Min(f => f.Without.Precision):P1} → {folds.Min(f => f.With.Precision):P1}"));
                return 0;
            },
            cancellationToken);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
