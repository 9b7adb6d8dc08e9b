namespace NpsBot.Storage.Insights;

/// <summary>How <see cref="InsightsFiltering"/> puts the agent filter into the SQL of the responses it selects.</summary>
internal enum AgentFilterShape
{
    /// <summary>
    /// <c>response_key IN (the response keys of the agent's cases the filter keeps, from the case facts)</c>: the
    /// database walks those cases and seeks each response by its key. Right when every filtered response is read (the
    /// export) or the filter keeps few of the agent's cases.
    /// </summary>
    CaseKeys,

    /// <summary>
    /// <c>EXISTS (the response's case, held by the agent)</c>: a page walks the responses newest first and looks each one's
    /// case up by its unique response key, stopping at a page of matches. Right for a page when the agent has many cases.
    /// </summary>
    CaseOfEachResponse,
}
