using NpsBot.Language.Evaluation;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// The escalation model's training lines: training/escalation/*.tsv, copied from retired evaluation sets in their format
/// (<c>lang, theme, escalate, kind, text</c>) under a "# from batches:" comment (<see cref="BatchMarkedLines"/>), embedded
/// in this assembly as <c>escalation-training.*</c> (apart from the theme lines' <c>training.*</c>).
/// </summary>
public static class EscalationTrainingData
{
    public const string ResourcePrefix = "escalation-training.";

    /// <summary>Every shipped line with the batches it came from.</summary>
    public static IReadOnlyList<(EscalationExample Example, IReadOnlySet<string> FromBatches)> ShippedWithBatches() =>
        [.. EmbeddedResources.Names(ResourcePrefix).SelectMany(name => Parse(EmbeddedResources.ReadText(name)))];

    public static IReadOnlyList<EscalationExample> Shipped() => [.. ShippedWithBatches().Select(l => l.Example)];

    public static IEnumerable<(EscalationExample Example, IReadOnlySet<string> FromBatches)> Parse(string tsv) =>
        BatchMarkedLines.Parse(tsv, ParseLine);

    /// <summary>A line of the blind sets' format, read as the evaluation reads it (kinds mapped to reason codes); null when it is not one.</summary>
    private static EscalationExample? ParseLine(string line)
    {
        if (line.Split('\t').Length != 5)
        {
            return null;
        }

        var complaint = EvaluationSets.ReadBlindComplaints(new StringReader(line))[0];
        return new EscalationExample(complaint.Text, complaint.Reasons.Count > 0 ? complaint.Reasons[0] : EscalationModel.NoEscalation);
    }
}
