using NpsBot.Language.Escalation;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// The second tier's keep rule (issue 12, esc12j), by leave-one-batch-out over the blind batches: each batch scored with
/// the gate chosen on the others must keep precision ≥ 0.70, the worst batch's recall must not fall, and the shipped gate
/// must be the one the folds chose.
/// </summary>
public sealed class EscalationLeaveOneOutTests
{
    private static readonly IReadOnlyList<EscalationFoldFigures> Folds = EscalationLeaveOneOut.Run(
        [.. EscalationLeaveOneOut.Batches(Path.Combine(AppContext.BaseDirectory, "Evaluation")).Select(b => (b.Name, EvaluationSets.ReadAnyComplaints(b.Path)))]);

    [Fact]
    public void Every_blind_batch_is_a_fold_and_none_is_kept_back() =>
        Assert.True(Folds.Count >= 10 && Folds.All(f => f.Batch.StartsWith("blind-", StringComparison.Ordinal)), string.Join(", ", Folds.Select(f => f.Batch)));

    [Fact]
    public void Every_left_out_batch_keeps_precision_of_at_least_seventy_percent() =>
        Assert.All(Folds, f => Assert.True(f.With.Precision >= 0.70, $"{f.Batch}: {f.With.Precision:P1}"));

    [Fact]
    public void The_worst_left_out_recall_does_not_fall() =>
        Assert.True(Folds.Min(f => f.With.Recall) >= Folds.Min(f => f.Without.Recall), $"{Folds.Min(f => f.Without.Recall):P1} → {Folds.Min(f => f.With.Recall):P1}");

    [Fact]
    public void The_shipped_gate_is_the_one_every_fold_chose() =>
        Assert.All(Folds, f => Assert.Equal(EscalationSecondChance.SentimentAtMost, f.ChosenGate));
}
