namespace NpsBot.Surveys.Survey;

/// <summary>Values of <see cref="SurveyResponse.Outcome"/>.</summary>
public static class SurveyOutcomes
{
    public const string Completed = "completed";
    public const string Stopped = "stopped";
    public const string NoAnswer = "no-answer";
}
