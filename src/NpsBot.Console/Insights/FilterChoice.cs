using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Insights;

/// <summary>What the filter bar hands its page: the filter and (on the dashboard) weeks or months.</summary>
public sealed record FilterChoice(InsightsFilter Filter, TrendGranularity Granularity);
