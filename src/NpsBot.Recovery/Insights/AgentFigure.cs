namespace NpsBot.Recovery.Insights;

/// <summary>
/// One agent (a case's assignee): cases handled and resolved, and the median time from the case opening to their
/// first contact. <see cref="AverageRating"/>: the mean help rating (1 to 5)
/// credited to the agent at the give-back; null when no customer rated them.
/// </summary>
public sealed record AgentFigure(string Agent, int CasesHandled, int Resolved, TimeSpan? MedianTimeToFirstContact)
{
    public double? AverageRating { get; init; }
}
