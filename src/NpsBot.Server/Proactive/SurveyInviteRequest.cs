namespace NpsBot.Server.Proactive;

/// <summary>A company event asking for a survey: the body of POST /api/v1/surveys and the survey-send verb's options.</summary>
/// <param name="EventId">The event's id (a delivery, a closed ticket): the idempotency key; the same id never surveys twice.</param>
/// <param name="Channel">The channel id ("sms").</param>
/// <param name="To">The customer on that channel (an E.164 number for SMS).</param>
/// <param name="Locale">The survey's language ("en", "es-MX"...); one of the shipped locales.</param>
public sealed record SurveyInviteRequest(string? EventId, string? Channel, string? To, string? Locale);
