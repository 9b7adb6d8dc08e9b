namespace NpsBot.Surveys.Survey;

/// <summary>Names of the event activities the survey bot acts on.</summary>
public static class SurveyEvents
{
    /// <summary>
    /// A company event invites the customer to a survey (a proactive send, the re-survey that closes a case): the survey
    /// starts unless one is in progress or survey fatigue says no.
    /// </summary>
    public const string Invite = "survey.invite";
}
