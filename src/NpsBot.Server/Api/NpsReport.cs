using NpsBot.Recovery.Insights;

namespace NpsBot.Server.Api;

/// <summary>The figures of <c>GET /api/v1/nps</c>: the filter's NPS, its trend, the 0–10 distribution and the bands.</summary>
public sealed record NpsReport(
    InsightsSummary Summary,
    IReadOnlyList<TrendPoint> Trend,
    IReadOnlyList<ScoreCount> Distribution,
    IReadOnlyList<SegmentFigure> Channels,
    IReadOnlyList<SegmentFigure> Locales,
    IReadOnlyList<SegmentFigure> Themes,
    RecoveryFunnel Funnel,
    SlaCompliance Sla,
    IReadOnlyList<AgentFigure> Agents);
