namespace NpsBot.Recovery.Insights;

/// <summary>
/// One agent (a case's assignee): cases handled and resolved, and the median time from the case opening to their
/// first contact. Ratings credited to the agent come with the re-survey columns (null until then).
/// </summary>
public sealed record AgentFigure(string Agent, int CasesHandled, int Resolved, TimeSpan? MedianTimeToFirstContact)
{
    public double? AverageRating { get; init; }
}
