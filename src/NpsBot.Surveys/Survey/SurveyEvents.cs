namespace NpsBot.Surveys.Survey;

/// <summary>Names of the event activities the survey bot acts on.</summary>
public static class SurveyEvents
{
    /// <summary>
    /// A company event invites the customer to a survey (a proactive send, the re-survey that closes a case): the survey
    /// starts unless one is in progress or survey fatigue says no.
    /// </summary>
    public const string Invite = "survey.invite";

    /// <summary>The member of an invite's <c>value</c> that names the company event it follows.</summary>
    public const string EventIdMember = "eventId";

    /// <summary>The event id an invite carries in its value, or null for any other activity.</summary>
    public static string? EventIdOf(NpsBot.Conversations.Activities.Activity activity)
    {
        System.ArgumentNullException.ThrowIfNull(activity);
        return activity is { Type: NpsBot.Conversations.Activities.ActivityTypes.Event, Name: Invite, Value: { ValueKind: System.Text.Json.JsonValueKind.Object } value }
            && value.TryGetProperty(EventIdMember, out var id) && id.ValueKind == System.Text.Json.JsonValueKind.String
            ? id.GetString()
            : null;
    }
}
