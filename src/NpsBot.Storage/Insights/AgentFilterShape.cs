namespace NpsBot.Storage.Insights;

/// <summary>How <see cref="InsightsFiltering"/> puts the agent filter into the SQL of the responses it selects.</summary>
internal enum AgentFilterShape
{
    /// <summary>
    /// <c>response_key IN (the agent's cases' response keys)</c>: the database walks the agent's cases and seeks each
    /// response by its key. Right when every filtered response is read (the export) or the agent has few cases.
    /// </summary>
    CaseKeys,

    /// <summary>
    /// <c>EXISTS (the response's case, held by the agent)</c>: a page walks the responses newest first and looks each one's
    /// case up by its unique response key, stopping at a page of matches. Right for a page when the agent has many cases.
    /// </summary>
    CaseOfEachResponse,
}
