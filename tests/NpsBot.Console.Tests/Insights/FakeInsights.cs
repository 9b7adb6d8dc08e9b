using NpsBot.Recovery.Insights;

namespace NpsBot.Console.Tests.Insights;

/// <summary>
/// Fakes of the insights contracts: they answer with the figures a test sets and record every filter they were asked
/// with, so a test can check that each figure honours the page's filter.
/// </summary>
internal sealed class FakeInsights : IInsightsQueries, IResponseReader, ITranscriptSearch, IConversationViews, IThemeGovernance
{
    public List<InsightsFilter> Filters { get; } = [];

    public List<string> Searches { get; } = [];

    public List<ThemeCorrection> Corrections { get; } = [];

    public InsightsSummary Summary { get; set; } = new(NpsFigure.Empty, 0, 0, 0, 0);

    public NpsFigure Nps { get; set; } = NpsFigure.Empty;

    public IReadOnlyList<TrendPoint> Trend { get; set; } = [];

    public IReadOnlyList<ScoreCount> Distribution { get; set; } = Enumerable.Range(0, 11).Select(s => new ScoreCount(s, 0)).ToList();

    public IReadOnlyList<SegmentFigure> Segments { get; set; } = [];

    public IReadOnlyList<ThemeTrendPoint> ThemeTrend { get; set; } = [];

    public RecoveryFunnel Funnel { get; set; } = new(0, 0, 0, 0, null, null, null, null);

    public SlaCompliance Sla { get; set; } = new(0, 0, 0, 0, 0, 0);

    public IReadOnlyList<AgentFigure> Agents { get; set; } = [];

    public IReadOnlyList<ThemeAgreementPoint> Agreement { get; set; } = [];

    public IReadOnlyList<ResponseRow> Rows { get; set; } = [];

    public IReadOnlyList<TranscriptHit> Hits { get; set; } = [];

    public ConversationView? View { get; set; }

    public RelabelOutcome Outcome { get; set; } = RelabelOutcome.Relabelled;

    public IReadOnlyList<string> Themes { get; set; } = ["delivery", "price", "product"];

    public Task<InsightsSummary> SummaryAsync(InsightsFilter filter, CancellationToken cancellationToken) => Answer(filter, Summary);

    public Task<NpsFigure> NpsAsync(InsightsFilter filter, CancellationToken cancellationToken) => Answer(filter, Nps);

    public Task<IReadOnlyList<TrendPoint>> TrendAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken) => Answer(filter, Trend);

    public Task<IReadOnlyList<ScoreCount>> DistributionAsync(InsightsFilter filter, CancellationToken cancellationToken) => Answer(filter, Distribution);

    public Task<IReadOnlyList<SegmentFigure>> BandsAsync(InsightsFilter filter, Segment segment, CancellationToken cancellationToken) => Answer(filter, Segments);

    public Task<IReadOnlyList<ThemeTrendPoint>> ThemesOverTimeAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken) => Answer(filter, ThemeTrend);

    public Task<RecoveryFunnel> FunnelAsync(InsightsFilter filter, CancellationToken cancellationToken) => Answer(filter, Funnel);

    public Task<SlaCompliance> SlaAsync(InsightsFilter filter, CancellationToken cancellationToken) => Answer(filter, Sla);

    public Task<IReadOnlyList<AgentFigure>> AgentsAsync(InsightsFilter filter, CancellationToken cancellationToken) => Answer(filter, Agents);

    public Task<IReadOnlyList<ThemeAgreementPoint>> AgreementAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken) => Answer(filter, Agreement);

    public Task<ResponsePage<ResponseRow>> ResponsesAsync(InsightsFilter filter, string? cursor, int limit, CancellationToken cancellationToken) =>
        Answer(filter, new ResponsePage<ResponseRow>(Rows, null));

    public Task<ResponsePage<CaseRow>> CasesAsync(InsightsFilter filter, string? cursor, int limit, CancellationToken cancellationToken) =>
        Answer(filter, new ResponsePage<CaseRow>([], null));

    public async IAsyncEnumerable<ResponseRow> StreamAsync(InsightsFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var row in Rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    public Task<ResponsePage<TranscriptHit>> SearchAsync(InsightsFilter filter, string query, string? cursor, int limit, CancellationToken cancellationToken)
    {
        Searches.Add(query);
        return Answer(filter, new ResponsePage<TranscriptHit>(Hits, null));
    }

    public Task<ConversationView?> FindAsync(long responseId, CancellationToken cancellationToken) =>
        Task.FromResult(View is { } view && view.Response.Id == responseId ? view : null);

    public Task<RelabelOutcome> RelabelAsync(ThemeCorrection correction, CancellationToken cancellationToken)
    {
        Corrections.Add(correction);
        return Task.FromResult(Outcome);
    }

    public Task<IReadOnlyList<ThemeLabelView>> LabelsAsync(long responseId, CancellationToken cancellationToken) =>
        Task.FromResult(View?.ThemeLabels ?? []);

    private Task<T> Answer<T>(InsightsFilter filter, T value)
    {
        lock (Filters)
        {
            Filters.Add(filter);
        }

        return Task.FromResult(value);
    }
}
