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
    public static Task<int> RunAsync(string evaluationFolder, string? conversationFile, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Task.Run(
            () =>
            {
                var conversation = conversationFile is null ? [] : ConversationTexts.Read(conversationFile);
                var run = EscalationModelLeaveOneOut.Run(evaluationFolder, conversation);
                var shipped = EscalationRecallLayer.Gate;
                var chosen = EscalationModelLeaveOneOut.Chosen(run);
                output.WriteLine(Invariant($"Gate shipped {Name(shipped)}; chosen by these folds (every file's precision >= {EscalationModelLeaveOneOut.ChoosingFloor:P0}, the floor being {EscalationModelLeaveOneOut.PrecisionFloor:P0}, and none of the {conversation.Count} conversation texts escalated): {(chosen is { } c ? Name(c) : "none")}."));
                output.WriteLine("| gate | mean recall | worst recall | mean precision | worst precision | conversation false alarms |");
                output.WriteLine("|---|---:|---:|---:|---:|---:|");
                var first = EscalationModelLeaveOneOut.Gates[0];
                output.WriteLine(Row("cues alone", [.. run.Folds.Where(f => f.Gate == first).Select(f => f.CuesAlone)], 0));
                foreach (var gate in EscalationModelLeaveOneOut.Gates)
                {
                    output.WriteLine(Row(Name(gate), [.. run.Folds.Where(f => f.Gate == gate).Select(f => f.CuesOrModel)], run.ConversationFalseAlarms[gate].Count));
                }

                // The fourteenth round's gate beside the shipped and the chosen one, for the before → after per file.
                foreach (var gate in new[] { Fourteenth, shipped, chosen }.OfType<EscalationModelGate>().Distinct())
                {
                    output.WriteLine();
                    output.WriteLine(Invariant($"At gate {Name(gate)} (conversation false alarms: {string.Join(" | ", run.ConversationFalseAlarms[gate])}):"));
                    output.WriteLine("| left-out file | recall cues → cues or model | precision cues → cues or model | false positives |");
                    output.WriteLine("|---|---:|---:|---:|");
                    foreach (var f in run.Folds.Where(f => f.Gate == gate))
                    {
                        output.WriteLine(Invariant($"| {f.Batch} | {f.CuesAlone.Recall:P1} → {f.CuesOrModel.Recall:P1} | {f.CuesAlone.Precision:P1} → {f.CuesOrModel.Precision:P1} | {f.CuesAlone.FalsePositives} → {f.CuesOrModel.FalsePositives} |"));
                    }
                }

                return 0;
            },
            cancellationToken);
    }

    private static readonly EscalationModelGate Fourteenth = new(0.35, 0, 0);

    private static string Name(EscalationModelGate gate) => gate.MinimumWords == 0
        ? Invariant($"{gate.Threshold:0.00}")
        : Invariant($"{gate.Threshold:0.00}, under {gate.MinimumWords} words {(gate.ShortTextThreshold > 1 ? "never" : gate.ShortTextThreshold.ToString("0.00", CultureInfo.InvariantCulture))}");

    private static string Row(string label, IReadOnlyList<EscalationEvaluation> files, int conversationFalseAlarms) =>
        Invariant($"| {label} | {files.Average(e => e.Recall):P1} | {files.Min(e => e.Recall):P1} | {files.Average(e => e.Precision):P1} | {files.Min(e => e.Precision):P1} | {conversationFalseAlarms} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
