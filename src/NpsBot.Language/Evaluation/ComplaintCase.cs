namespace NpsBot.Language.Evaluation;

/// <summary>One labelled complaint: language, expected theme, expected escalation reasons (empty: no escalation), text.</summary>
public sealed record ComplaintCase(string Language, string Theme, IReadOnlyList<string> Reasons, string Text)
{
    public bool Escalate => Reasons.Count > 0;
}
