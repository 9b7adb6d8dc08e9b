namespace NpsBot.Surveys.Handback;

/// <summary>
/// A turn record: the customer's rating (1–5) of the help on a case, credited to the agent who helped (named when the
/// conversation was given back), not to whoever holds the case when the rating arrives.
/// </summary>
public sealed record HelpRating(string CaseKey, string AgentId, string AgentName, int Rating, DateTimeOffset At);
