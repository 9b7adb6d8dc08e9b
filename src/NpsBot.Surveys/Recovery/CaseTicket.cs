namespace NpsBot.Surveys.Recovery;

/// <summary>The case behind a response: its key, and the first-contact deadline the SLA clock holds, ready to say.</summary>
/// <param name="CaseKey">The case's key.</param>
/// <param name="ReplyBy">When a person must first answer (the SLA clock's first-contact deadline).</param>
/// <param name="InBusinessHours">True when the team is working now, so the reply comes within the hour.</param>
/// <param name="ReplyByText">The deadline in the business time zone and the conversation's language ("15:00", "Monday 09:00").</param>
/// <param name="QueuePosition">
/// At a handoff in business hours: 1 + the open handed-off cases no person has answered yet that are ahead of this one
/// (higher priority, or the same priority and opened earlier); null otherwise.
/// </param>
public sealed record CaseTicket(string CaseKey, DateTimeOffset ReplyBy, bool InBusinessHours, string ReplyByText, int? QueuePosition = null);
