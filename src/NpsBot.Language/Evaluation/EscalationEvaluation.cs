namespace NpsBot.Language.Evaluation;

/// <summary>
/// Escalation as a yes/no decision (precision and recall against the labelled set), and per reason: how many of the cases
/// labelled with it were escalated at all (recall) and with that reason, and how many escalations gave it (precision: the
/// complaint was labelled with that reason).
/// </summary>
public sealed record EscalationEvaluation(
    double Precision,
    double Recall,
    int TruePositives,
    int FalsePositives,
    int FalseNegatives,
    IReadOnlyDictionary<string, EscalationReasonFigures> PerReason)
{
    public static EscalationEvaluation From(IReadOnlyList<(IReadOnlyList<string> Expected, IReadOnlyList<string> Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var tp = pairs.Count(p => p.Expected.Count > 0 && p.Predicted.Count > 0);
        var fp = pairs.Count(p => p.Expected.Count == 0 && p.Predicted.Count > 0);
        var fn = pairs.Count(p => p.Expected.Count > 0 && p.Predicted.Count == 0);
        var reasons = pairs.SelectMany(p => p.Expected.Concat(p.Predicted)).Distinct().Order(StringComparer.Ordinal);
        var perReason = reasons.ToDictionary(
            r => r,
            r => new EscalationReasonFigures(
                pairs.Count(p => p.Expected.Contains(r)),
                pairs.Count(p => p.Expected.Contains(r) && p.Predicted.Count > 0),
                pairs.Count(p => p.Expected.Contains(r) && p.Predicted.Contains(r)),
                pairs.Count(p => p.Predicted.Contains(r)),
                pairs.Count(p => p.Predicted.Contains(r) && p.Expected.Count > 0),
                pairs.Count(p => p.Predicted.Contains(r) && p.Expected.Contains(r))));
        return new EscalationEvaluation(tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), tp, fp, fn, perReason);
    }
}

/// <summary>One reason's figures: labelled cases, escalated at all, escalated with this reason; predictions giving it, of which on an escalation, of which labelled with it.</summary>
public sealed record EscalationReasonFigures(int Labelled, int Escalated, int WithReason, int Predicted, int PredictedOnEscalation, int PredictedSameReason)
{
    public double Recall => Labelled == 0 ? 0 : (double)Escalated / Labelled;

    public double Precision => Predicted == 0 ? 0 : (double)PredictedOnEscalation / Predicted;
}
