namespace NpsBot.Server.Proactive;

/// <summary>A company event asking for a survey: the body of POST /api/v1/surveys, a CSV upload's row, the survey-send verb's options.</summary>
/// <param name="EventId">The event's id (a delivery, a closed ticket): the idempotency key; the same id never surveys twice; stored with the response.</param>
/// <param name="Channel">The channel id ("sms", "msteams").</param>
/// <param name="To">The customer on that channel (an E.164 number for SMS; the Teams user id or Entra object id for Teams).</param>
/// <param name="Locale">The survey's language ("en", "es-MX"...); one of the shipped locales.</param>
public sealed record SurveyInviteRequest(string? EventId, string? Channel, string? To, string? Locale)
{
    /// <summary>When to send (ISO-8601 with an offset); now when absent. Quiet hours may move it later.</summary>
    public DateTimeOffset? When { get; init; }

    /// <summary>The customer's IANA time zone ("Europe/London") for quiet hours; the configured default when absent.</summary>
    public string? TimeZone { get; init; }
}
