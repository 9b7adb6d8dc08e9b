using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Evaluation;

namespace NpsBot.Language.Tests.EscalationRecall;

/// <summary>
/// The escalation lines (training/escalation) are copies of retired evaluation sets (training/README.md), so
/// leave-one-batch-out means something only if every line names the batch it came from and a left-out batch's lines never
/// reach the model it is measured with. Only <c>blind-*</c> folders are opened, never a kept-back one.
/// </summary>
public sealed class EscalationTrainingDataTests
{
    private static readonly IReadOnlyList<(EscalationExample Example, IReadOnlySet<string> FromBatches)> Shipped = EscalationTrainingData.ShippedWithBatches();

    private static readonly IReadOnlyList<(string Folder, IReadOnlyList<ComplaintCase> Cases)> Blind =
        [.. EscalationLeaveOneOut.Batches(Path.Combine(AppContext.BaseDirectory, "Evaluation"))
            .GroupBy(b => b.Name.Split('/')[0])
            .Select(g => (g.Key, (IReadOnlyList<ComplaintCase>)[.. g.SelectMany(b => EvaluationSets.ReadAnyComplaints(b.Path))]))];

    [Fact]
    public void Every_retired_blind_batch_is_copied_whole_under_its_own_name()
    {
        Assert.True(Blind.Count >= 13, string.Join(", ", Blind.Select(b => b.Folder)));
        Assert.All(Blind, batch =>
        {
            var copied = Shipped.Where(l => l.FromBatches.Contains(batch.Folder)).Select(l => l.Example.Text).ToHashSet(StringComparer.Ordinal);
            Assert.All(batch.Cases, c => Assert.Contains(c.Text, copied));
        });
    }

    [Fact]
    public void A_line_copied_from_a_blind_batch_keeps_that_batchs_label()
    {
        foreach (var (folder, cases) in Blind)
        {
            var labels = cases.ToLookup(c => c.Text, c => c.Reasons.Count > 0 ? c.Reasons[0] : EscalationModel.NoEscalation, StringComparer.Ordinal);
            var copies = Shipped.Where(l => l.FromBatches.SetEquals([folder])).ToList();
            Assert.NotEmpty(copies);
            Assert.All(copies, l => Assert.Contains(l.Example.Reason, labels[l.Example.Text]));
        }
    }

    [Fact]
    public void A_left_out_batchs_own_lines_are_never_in_the_model_it_is_measured_with()
    {
        Assert.All(Blind, batch =>
        {
            var training = EscalationModelLeaveOneOut.TrainingWithout(Shipped, batch.Folder, batch.Cases);
            var own = batch.Cases.Select(c => EscalationModelLeaveOneOut.Fold(c.Text)).ToHashSet(StringComparer.Ordinal);
            Assert.DoesNotContain(training, e => own.Contains(EscalationModelLeaveOneOut.Fold(e.Text)));
            // The rest stays: the batch's own lines and, for batches a–f, the own sets written after reading them (745 lines).
            Assert.True(training.Count >= Shipped.Count - batch.Cases.Count - 1000, $"{batch.Folder}: only {training.Count} of {Shipped.Count} lines left");
        });
    }
}
