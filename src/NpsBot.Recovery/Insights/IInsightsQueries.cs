namespace NpsBot.Recovery.Insights;

/// <summary>
/// The manager's figures, each computed in the database under one <see cref="InsightsFilter"/>. Implemented by the
/// storage read-model; the console and the REST API see only this interface.
/// </summary>
public interface IInsightsQueries
{
    Task<InsightsSummary> SummaryAsync(InsightsFilter filter, CancellationToken cancellationToken);

    Task<NpsFigure> NpsAsync(InsightsFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<TrendPoint>> TrendAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken);

    /// <summary>Eleven entries, scores 0 to 10, zeros included.</summary>
    Task<IReadOnlyList<ScoreCount>> DistributionAsync(InsightsFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<SegmentFigure>> BandsAsync(InsightsFilter filter, Segment segment, CancellationToken cancellationToken);

    Task<IReadOnlyList<ThemeTrendPoint>> ThemesOverTimeAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken);

    Task<RecoveryFunnel> FunnelAsync(InsightsFilter filter, CancellationToken cancellationToken);

    Task<SlaCompliance> SlaAsync(InsightsFilter filter, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentFigure>> AgentsAsync(InsightsFilter filter, CancellationToken cancellationToken);
}
