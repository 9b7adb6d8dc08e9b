using NpsBot.Conversations.Language;

namespace NpsBot.Language.Evaluation;

/// <summary>The figures of one evaluation run: score recognizer, theme classifier and escalation, with the misses.</summary>
public sealed record EvaluationReport(
    ScoreEvaluation Scores,
    ThemeEvaluation Themes,
    EscalationEvaluation Escalation,
    IReadOnlyList<(ComplaintCase Case, string Predicted)> ThemeMisses,
    IReadOnlyList<(ComplaintCase Case, IReadOnlyList<string> Predicted)> EscalationMisses)
{
    public static async Task<EvaluationReport> RunAsync(
        IScoreRecognizer recognizer,
        IThemeClassifier classifier,
        ISentimentAnalyzer sentiment,
        IReadOnlyList<ScoreCase> scoreCases,
        IReadOnlyList<ComplaintCase> complaintCases,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(sentiment);
        ArgumentNullException.ThrowIfNull(complaintCases);
        var themes = new List<(string, string)>();
        var escalations = new List<(IReadOnlyList<string>, IReadOnlyList<string>)>();
        var misses = new List<(ComplaintCase, string)>();
        var escalationMisses = new List<(ComplaintCase, IReadOnlyList<string>)>();
        foreach (var item in complaintCases)
        {
            var theme = await classifier.ClassifyAsync(item.Text, item.Language, cancellationToken);
            themes.Add((item.Theme, theme.Theme));
            if (theme.Theme != item.Theme)
            {
                misses.Add((item, theme.Theme));
            }

            var reasons = sentiment.Analyze(item.Text, item.Language).Reasons;
            escalations.Add((item.Reasons, reasons));
            if (item.Escalate != reasons.Count > 0)
            {
                escalationMisses.Add((item, reasons));
            }
        }

        return new EvaluationReport(
            ScoreEvaluation.Run(recognizer, scoreCases),
            ThemeEvaluation.From(themes),
            EscalationEvaluation.From(escalations),
            misses,
            escalationMisses);
    }
}
