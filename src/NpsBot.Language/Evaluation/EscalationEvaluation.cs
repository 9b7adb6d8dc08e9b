namespace NpsBot.Language.Evaluation;

/// <summary>Escalation as a yes/no decision: precision and recall against the labelled set.</summary>
public sealed record EscalationEvaluation(double Precision, double Recall, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public static EscalationEvaluation From(IReadOnlyList<(bool Expected, bool Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var tp = pairs.Count(p => p.Expected && p.Predicted);
        var fp = pairs.Count(p => !p.Expected && p.Predicted);
        var fn = pairs.Count(p => p.Expected && !p.Predicted);
        return new EscalationEvaluation(tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), tp, fp, fn);
    }
}
