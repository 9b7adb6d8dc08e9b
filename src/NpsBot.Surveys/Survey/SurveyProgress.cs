namespace NpsBot.Surveys.Survey;

/// <summary>The answers of a survey in progress, kept in the survey dialog's state between turns.</summary>
public sealed record SurveyProgress
{
    public required DateTimeOffset StartedAt { get; init; }

    public string? Locale { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public int? Score { get; init; }

    public string? Reason { get; init; }

    public string? FollowUpQuestion { get; init; }

    public string? FollowUpAnswer { get; init; }

    public bool? WantsContact { get; init; }

    /// <summary>The same survey with the answers that depend on the category cleared (after a change of category).</summary>
    public SurveyProgress WithNewCategory(int score) =>
        this with { Score = score, Reason = null, FollowUpQuestion = null, FollowUpAnswer = null, WantsContact = null };
}
