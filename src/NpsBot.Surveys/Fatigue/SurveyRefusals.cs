namespace NpsBot.Surveys.Fatigue;

/// <summary>Why a survey does not start.</summary>
public static class SurveyRefusals
{
    public const string OptedOut = "opted-out";
    public const string OpenCase = "open-case";
    public const string RecentHandoff = "recent-handoff";
    public const string RecentlySurveyed = "recently-surveyed";
}
