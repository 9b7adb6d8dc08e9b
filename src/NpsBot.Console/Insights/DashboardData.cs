using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Insights;

/// <summary>Every figure of the dashboard under one filter, read together (each query opens its own context).</summary>
public sealed record DashboardData(
    InsightsSummary Summary,
    NpsFigure? PreviousNps,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<ScoreCount> Distribution,
    IReadOnlyList<SegmentFigure> ByChannel,
    IReadOnlyList<SegmentFigure> ByLocale,
    IReadOnlyList<SegmentFigure> ByTheme,
    IReadOnlyList<ThemeTrendPoint> ThemesOverTime,
    RecoveryFunnel Funnel,
    SlaCompliance Sla,
    IReadOnlyList<AgentFigure> Agents,
    IReadOnlyList<ThemeAgreementPoint> Agreement)
{
    public static async Task<DashboardData> LoadAsync(
        IInsightsQueries queries, IThemeGovernance governance, InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(governance);
        ArgumentNullException.ThrowIfNull(filter);
        var summary = queries.SummaryAsync(filter, cancellationToken);
        var previous = PreviousPeriod(filter) is { } before ? queries.NpsAsync(before, cancellationToken) : Task.FromResult<NpsFigure>(null!);
        var trend = queries.TrendAsync(filter, granularity, cancellationToken);
        var distribution = queries.DistributionAsync(filter, cancellationToken);
        var byChannel = queries.BandsAsync(filter, Segment.Channel, cancellationToken);
        var byLocale = queries.BandsAsync(filter, Segment.Locale, cancellationToken);
        var byTheme = queries.BandsAsync(filter, Segment.Theme, cancellationToken);
        var themes = queries.ThemesOverTimeAsync(filter, granularity, cancellationToken);
        var funnel = queries.FunnelAsync(filter, cancellationToken);
        var sla = queries.SlaAsync(filter, cancellationToken);
        var agents = queries.AgentsAsync(filter, cancellationToken);
        var agreement = governance.AgreementAsync(filter, granularity, cancellationToken);
        await Task.WhenAll(summary, previous, trend, distribution, byChannel, byLocale, byTheme, themes, funnel, sla, agents, agreement);
        return new DashboardData(
            await summary, await previous, await trend, await distribution, await byChannel, await byLocale, await byTheme,
            await themes, await funnel, await sla, await agents, await agreement);
    }

    /// <summary>The same filter over the period just before, when the filter has both ends (for the cards' change).</summary>
    public static InsightsFilter? PreviousPeriod(InsightsFilter filter) =>
        filter is { From: { } from, To: { } to } ? filter with { From = from - (to - from), To = from } : null;
}
