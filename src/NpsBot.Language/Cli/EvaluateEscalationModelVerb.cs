using System.Globalization;
using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Cli;

/// <summary>
/// <c>evaluate-escalation-model --evaluation DIR</c>: the escalation model's leave-one-batch-out figures
/// (<see cref="EscalationModelLeaveOneOut"/>): every threshold's mean and worst recall and worst precision, then one row
/// per left-out blind file at the shipped threshold, cues alone against cues or model.
/// </summary>
public static class EvaluateEscalationModelVerb
{
    public static Task<int> RunAsync(string evaluationFolder, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Task.Run(
            () =>
            {
                var folds = EscalationModelLeaveOneOut.Run(evaluationFolder);
                var chosen = EscalationModelLeaveOneOut.Chosen(folds);
                output.WriteLine(Invariant($"Threshold shipped {EscalationRecallLayer.Threshold}; chosen by these folds (every file's precision >= {EscalationModelLeaveOneOut.ChoosingFloor:P0}; the floor is {EscalationModelLeaveOneOut.PrecisionFloor:P0}): {(chosen is { } c ? c.ToString("0.00", CultureInfo.InvariantCulture) : "none")}."));
                output.WriteLine("| threshold | mean recall | worst recall | mean precision | worst precision |");
                output.WriteLine("|---:|---:|---:|---:|---:|");
                var cues = folds.Where(f => f.Threshold == EscalationModelLeaveOneOut.Thresholds[0]).Select(f => f.CuesAlone).ToList();
                output.WriteLine(Row("cues alone", cues));
                foreach (var threshold in EscalationModelLeaveOneOut.Thresholds)
                {
                    output.WriteLine(Row(threshold.ToString("0.00", CultureInfo.InvariantCulture), [.. folds.Where(f => f.Threshold == threshold).Select(f => f.CuesOrModel)]));
                }

                output.WriteLine();
                output.WriteLine(Invariant($"At the shipped threshold {EscalationRecallLayer.Threshold}:"));
                output.WriteLine("| left-out file | recall cues → cues or model | precision cues → cues or model | false positives |");
                output.WriteLine("|---|---:|---:|---:|");
                foreach (var f in folds.Where(f => Math.Abs(f.Threshold - EscalationRecallLayer.Threshold) < 1e-9))
                {
                    output.WriteLine(Invariant($"| {f.Batch} | {f.CuesAlone.Recall:P1} → {f.CuesOrModel.Recall:P1} | {f.CuesAlone.Precision:P1} → {f.CuesOrModel.Precision:P1} | {f.CuesAlone.FalsePositives} → {f.CuesOrModel.FalsePositives} |"));
                }

                return 0;
            },
            cancellationToken);
    }

    private static string Row(string label, IReadOnlyList<EscalationEvaluation> files) =>
        Invariant($"| {label} | {files.Average(e => e.Recall):P1} | {files.Min(e => e.Recall):P1} | {files.Average(e => e.Precision):P1} | {files.Min(e => e.Precision):P1} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
