namespace NpsBot.Surveys.Survey;

/// <summary>Values of <see cref="SurveyResponse.Outcome"/>.</summary>
public static class SurveyOutcomes
{
    /// <summary>The score is known and the survey goes on; becomes <see cref="Abandoned"/> after the idle time.</summary>
    public const string InProgress = "in-progress";
    public const string Completed = "completed";
    public const string Stopped = "stopped";
    public const string NoAnswer = "no-answer";

    /// <summary>The customer went quiet for longer than <c>SurveyOptions.AbandonAfter</c>.</summary>
    public const string Abandoned = "abandoned";

    /// <summary>True for outcomes that end the survey.</summary>
    public static bool IsFinal(string outcome) => outcome != InProgress;
}
