namespace NpsBot.Recovery.Insights;

/// <summary>A parsed filter, or the problems found, keyed by query-string field name.</summary>
public sealed record InsightsFilterResult(InsightsFilter? Filter, IReadOnlyDictionary<string, string> Errors)
{
    public bool IsValid => Filter is not null;
}
