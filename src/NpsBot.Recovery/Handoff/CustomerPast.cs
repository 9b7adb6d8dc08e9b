namespace NpsBot.Recovery.Handoff;

/// <summary>A customer's earlier surveys and cases (by customer id, every channel), newest first, for the handoff package.</summary>
public sealed record CustomerPast(IReadOnlyList<EarlierSurvey> Surveys, IReadOnlyList<EarlierCase> Cases)
{
    public static CustomerPast None { get; } = new([], []);
}

/// <summary>An earlier survey: when, the score, the theme and how it ended.</summary>
public sealed record EarlierSurvey(DateTimeOffset StartedAt, int? Score, string? Theme, string Outcome);

/// <summary>An earlier case: when it opened, its score and theme, its status now, and when it was resolved.</summary>
public sealed record EarlierCase(string CaseKey, DateTimeOffset OpenedAt, int? Score, string? Theme, string Status, DateTimeOffset? ResolvedAt);
