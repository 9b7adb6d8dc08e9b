using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights.CaseFacts;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Insights;

/// <summary>
/// The recovery side of the figures: funnel, SLA compliance, agents (over the cases of the filtered responses). The cases
/// are filtered by the facts each case row carries of its response (<see cref="CaseFactFiltering"/>) and counted by their
/// steps (<see cref="CaseFactFigures"/>), so a figure reads one index of <c>cases</c> and never joins the responses;
/// <see cref="ReadCaseFacts"/> = false joins them and compares the times as before (the tests' reference).
/// </summary>
public sealed partial class InsightsQueries
{
    /// <summary>False: the case figures join the filtered responses to <c>cases</c> (the tests' reference; the benchmark's "before").</summary>
    public bool ReadCaseFacts { get; init; } = true;

    /// <summary>False: the case figures count the case rows even without a period (no case rollup: the benchmark's "before").</summary>
    public bool ReadCaseStepCounts { get; init; } = true;

    /// <summary>The case rollup's cells under the filter (scored: only those of scored responses), or null: count the case rows.</summary>
    private IQueryable<CaseStepCountRecord>? StepCells(NpsBotDbContext context, InsightsFilter filter, bool scored) =>
        ReadCaseFacts && ReadCaseStepCounts && CaseStepCells.For(context, filter) is { } cells
            ? scored ? cells.Where(c => c.Category != DayCountKeys.None) : cells
            : null;

    /// <summary>The cases of the responses the filter selects (<paramref name="scored"/>: only scored ones).</summary>
    private IQueryable<CaseRecord> FilteredCases(NpsBotDbContext context, InsightsFilter filter, bool scored) => ReadCaseFacts
        ? scored ? CaseFactFiltering.Cases(context, filter).Where(c => c.ResponseCategory != null) : CaseFactFiltering.Cases(context, filter)
        : InsightsFiltering.Cases(context, scored ? InsightsFiltering.Scored(context, filter) : InsightsFiltering.Responses(context, filter));

    /// <summary>The summary's open cases (not resolved or closed) and those past a deadline now, of the scored responses.</summary>
    private async Task<(int Count, int PastSla)> OpenCasesAsync(NpsBotDbContext context, InsightsFilter filter, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cases = FilteredCases(context, filter, scored: true);
        if (ReadCaseFacts)
        {
            return await CaseFactFigures.OpenAsync(cases, StepCells(context, filter, scored: true), now, cancellationToken);
        }

        var open = await cases
            .Where(c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.ClosedUnresolved)
            .GroupBy(c => 1)
            .Select(g => new { Count = g.Count(), PastSla = g.Count(c => (c.FirstContactAt == null && c.FirstContactDue < now) || c.ResolutionDue < now) })
            .FirstOrDefaultAsync(cancellationToken);
        return (open?.Count ?? 0, open?.PastSla ?? 0);
    }

    private const double SecondsPerDay = 86400.0;

    /// <summary>A follow-up score from which a detractor counts as recovered (a passive or a promoter now).</summary>
    private const int RecoveredScore = 7;

    public async Task<RecoveryFunnel> FunnelAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var detractors = InsightsFiltering.Scored(context, filter).Where(r => r.Category == NpsCategory.Detractor);
        var cases = ReadCaseFacts
            ? CaseFactFiltering.Cases(context, filter).Where(c => c.ResponseCategory == NpsCategory.Detractor)
            : InsightsFiltering.Cases(context, detractors);
        // From the cells: counted per category, the detractors picked here. With "category = detractor" in the WHERE, the
        // rows of a partial day at a period's edge were read through the category index (a third of all responses at 1M,
        // 730 ms; EXPLAIN QUERY PLAN) instead of the range of the started_at index.
        var detractorCount = Cells(context, filter, TrendGranularity.Month) is { } cells
            ? (await cells.GroupBy(c => c.Category).Select(g => new { Category = g.Key, Count = g.Sum(c => c.Responses) }).ToListAsync(cancellationToken))
                .Where(g => g.Category == NpsCategory.Detractor).Sum(g => g.Count)
            : await detractors.CountAsync(cancellationToken);
        if (ReadCaseFacts)
        {
            var detractorCells = StepCells(context, filter, scored: false)?.Where(c => c.Category == CaseStepCells.CategoryKey(NpsCategory.Detractor));
            return await CaseFactFigures.FunnelAsync(cases, detractorCells, detractorCount, cancellationToken);
        }

        // One pass over the joined cases (COUNT(CASE WHEN ...) per step), not one query per step. The follow-up survey
        // after a case closes (issue 9) stores its score on the case: re-surveyed is any case with that score,
        // recovered a score of 7 or more; "with a person" means an agent made first contact.
        var steps = await cases
            .GroupBy(c => 1)
            .Select(g => new
            {
                Opened = g.Count(),
                WithinSla = g.Count(c => c.FirstContactAt != null && c.FirstContactAt <= c.FirstContactDue),
                Resolved = g.Count(c => c.Status == CaseStatus.Resolved),
                ResolvedWithPerson = g.Count(c => c.Status == CaseStatus.Resolved && c.FirstContactAt != null),
                Resurveyed = g.Count(c => c.FollowUpScore != null),
                Recovered = g.Count(c => c.FollowUpScore >= RecoveredScore),
                RecoveredWithPerson = g.Count(c => c.FollowUpScore >= RecoveredScore && c.FirstContactAt != null),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (steps is null)
        {
            return new RecoveryFunnel(detractorCount, 0, 0, 0, 0, 0, 0, 0);
        }

        return new RecoveryFunnel(
            detractorCount, steps.Opened, steps.WithinSla, steps.Resolved, steps.Resurveyed, steps.Recovered, steps.RecoveredWithPerson,
            steps.Recovered - steps.RecoveredWithPerson)
        {
            ResolvedWithPerson = steps.ResolvedWithPerson,
        };
    }

    public async Task<SlaCompliance> SlaAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = FilteredCases(context, filter, scored: false);
        var now = clock.GetUtcNow().UtcDateTime;
        if (ReadCaseFacts)
        {
            return await CaseFactFigures.SlaAsync(cases, StepCells(context, filter, scored: false), now, cancellationToken);
        }

        var counts = await cases
            .GroupBy(c => 1)
            .Select(g => new
            {
                Total = g.Count(),
                ContactMet = g.Count(c => c.FirstContactAt != null && c.FirstContactAt <= c.FirstContactDue),
                ContactMissed = g.Count(c => (c.FirstContactAt != null && c.FirstContactAt > c.FirstContactDue)
                    || (c.FirstContactAt == null && c.FirstContactDue < now && (c.ResolvedAt == null || c.ResolvedAt > c.FirstContactDue))),
                ResolutionMet = g.Count(c => c.ResolvedAt != null && c.ResolvedAt <= c.ResolutionDue),
                ResolutionMissed = g.Count(c => (c.ResolvedAt != null && c.ResolvedAt > c.ResolutionDue) || (c.ResolvedAt == null && c.ResolutionDue < now)),
                OpenPast = g.Count(c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.ClosedUnresolved
                    && ((c.FirstContactAt == null && c.FirstContactDue < now) || c.ResolutionDue < now)),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (counts is null)
        {
            return new SlaCompliance(0, 0, 0, 0, 0, 0);
        }

        return new SlaCompliance(counts.Total, counts.ContactMet, counts.ContactMissed, counts.ResolutionMet, counts.ResolutionMissed, counts.OpenPast);
    }

    public async Task<IReadOnlyList<AgentFigure>> AgentsAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = FilteredCases(context, filter, scored: false).Where(c => c.Assignee != null);
        List<(string Agent, int Handled, int Resolved, int Contacted)> agents;
        Dictionary<string, double> ratings;
        if (ReadCaseFacts)
        {
            // Counts and ratings in one statement, from the case rollup when the filter has no period.
            (agents, ratings) = await CaseFactFigures.AgentCountsAsync(cases, StepCells(context, filter, scored: false), cancellationToken);
        }
        else
        {
            agents = [.. (await cases
                .GroupBy(c => c.Assignee!)
                .Select(g => new
                {
                    Agent = g.Key,
                    Handled = g.Count(),
                    Resolved = g.Count(c => c.Status == CaseStatus.Resolved),
                    Contacted = g.Count(c => c.FirstContactAt != null),
                })
                .ToListAsync(cancellationToken))
                .Select(a => (a.Agent, a.Handled, a.Resolved, a.Contacted))];

            // Ratings are credited to the agent named at the give-back (help_rating_agent_id), who may not be the assignee.
            ratings = await cases.Where(c => c.HelpRating != null && c.HelpRatingAgentId != null)
                .GroupBy(c => c.HelpRatingAgentId!)
                .Select(g => new { Agent = g.Key, Average = g.Average(c => (double)c.HelpRating!.Value) })
                .ToDictionaryAsync(r => r.Agent, r => r.Average, StringComparer.Ordinal, cancellationToken);
        }

        var medians = ReadCaseFacts
            ? await CaseFactFigures.MediansSecondsToFirstContactAsync(cases, agents.Select(a => (a.Agent, a.Contacted)), cancellationToken)
            : null;
        var figures = new List<AgentFigure>(agents.Count);
        foreach (var agent in agents.OrderByDescending(a => a.Handled).ThenBy(a => a.Agent, StringComparer.Ordinal))
        {
            var median = medians is null
                ? await MedianSecondsToFirstContactAsync(cases.Where(c => c.Assignee == agent.Agent), agent.Contacted, cancellationToken)
                : medians.TryGetValue(agent.Agent, out var seconds) ? seconds : (double?)null;
            figures.Add(new AgentFigure(agent.Agent, agent.Handled, agent.Resolved, median is { } value ? TimeSpan.FromSeconds(Math.Round(value)) : null)
            {
                AverageRating = ratings.TryGetValue(agent.Agent, out var rating) ? Math.Round(rating, 2) : null,
            });
        }

        return figures;
    }

    /// <summary>The median of (first contact − opened), read as the one or two middle values of the sorted durations.</summary>
    private static async Task<double?> MedianSecondsToFirstContactAsync(IQueryable<CaseRecord> cases, int contacted, CancellationToken cancellationToken)
    {
        if (contacted == 0)
        {
            return null;
        }

        var middle = await cases
            .Where(c => c.FirstContactAt != null)
            .Select(c => (SqliteFunctions.JulianDay(c.FirstContactAt!.Value) - SqliteFunctions.JulianDay(c.OpenedAt)) * SecondsPerDay)
            .OrderBy(seconds => seconds)
            .Skip((contacted - 1) / 2)
            .Take(contacted % 2 == 0 ? 2 : 1)
            .ToListAsync(cancellationToken);
        return middle.Count == 0 ? null : middle.Average();
    }
}
