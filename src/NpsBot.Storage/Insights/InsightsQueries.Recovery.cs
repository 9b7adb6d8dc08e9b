using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Insights;

/// <summary>The recovery side of the figures: funnel, SLA compliance, agents (over the cases of the filtered responses).</summary>
public sealed partial class InsightsQueries
{
    private const double SecondsPerDay = 86400.0;

    /// <summary>A follow-up score from which a detractor counts as recovered (a passive or a promoter now).</summary>
    private const int RecoveredScore = 7;

    public async Task<RecoveryFunnel> FunnelAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var detractors = InsightsFiltering.Scored(context, filter).Where(r => r.Category == NpsCategory.Detractor);
        var cases = InsightsFiltering.Cases(context, detractors);
        var detractorCount = await detractors.CountAsync(cancellationToken);
        var opened = await cases.CountAsync(cancellationToken);
        var withinSla = await cases.CountAsync(c => c.FirstContactAt != null && c.FirstContactAt <= c.FirstContactDue, cancellationToken);
        var resolved = await cases.CountAsync(c => c.Status == CaseStatus.Resolved, cancellationToken);
        var resolvedWithPerson = await cases.CountAsync(c => c.Status == CaseStatus.Resolved && c.FirstContactAt != null, cancellationToken);

        // The follow-up survey after a case closes (issue 9) stores its score on the case: re-surveyed is any case with
        // that score, recovered is a score of 7 or more; "with a person" means an agent made first contact.
        var resurveyed = await cases.CountAsync(c => c.FollowUpScore != null, cancellationToken);
        var recovered = await cases.CountAsync(c => c.FollowUpScore >= RecoveredScore, cancellationToken);
        var recoveredWithPerson = await cases.CountAsync(c => c.FollowUpScore >= RecoveredScore && c.FirstContactAt != null, cancellationToken);
        return new RecoveryFunnel(detractorCount, opened, withinSla, resolved, resurveyed, recovered, recoveredWithPerson, recovered - recoveredWithPerson)
        {
            ResolvedWithPerson = resolvedWithPerson,
        };
    }

    public async Task<SlaCompliance> SlaAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = InsightsFiltering.Cases(context, InsightsFiltering.Responses(context, filter));
        var now = clock.GetUtcNow().UtcDateTime;
        var total = await cases.CountAsync(cancellationToken);
        var contactMet = await cases.CountAsync(c => c.FirstContactAt != null && c.FirstContactAt <= c.FirstContactDue, cancellationToken);
        var contactMissed = await cases.CountAsync(
            c => (c.FirstContactAt != null && c.FirstContactAt > c.FirstContactDue)
                || (c.FirstContactAt == null && c.FirstContactDue < now && (c.ResolvedAt == null || c.ResolvedAt > c.FirstContactDue)),
            cancellationToken);
        var resolutionMet = await cases.CountAsync(c => c.ResolvedAt != null && c.ResolvedAt <= c.ResolutionDue, cancellationToken);
        var resolutionMissed = await cases.CountAsync(
            c => (c.ResolvedAt != null && c.ResolvedAt > c.ResolutionDue) || (c.ResolvedAt == null && c.ResolutionDue < now), cancellationToken);
        var openPast = await cases.CountAsync(
            c => c.Status != CaseStatus.Resolved && c.Status != CaseStatus.ClosedUnresolved
                && ((c.FirstContactAt == null && c.FirstContactDue < now) || c.ResolutionDue < now),
            cancellationToken);
        return new SlaCompliance(total, contactMet, contactMissed, resolutionMet, resolutionMissed, openPast);
    }

    public async Task<IReadOnlyList<AgentFigure>> AgentsAsync(InsightsFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = InsightsFiltering.Cases(context, InsightsFiltering.Responses(context, filter)).Where(c => c.Assignee != null);
        var agents = await cases
            .GroupBy(c => c.Assignee!)
            .Select(g => new
            {
                Agent = g.Key,
                Handled = g.Count(),
                Resolved = g.Count(c => c.Status == CaseStatus.Resolved),
                Contacted = g.Count(c => c.FirstContactAt != null),
            })
            .ToListAsync(cancellationToken);

        // Ratings are credited to the agent named at the give-back (help_rating_agent_id), who may not be the assignee.
        var ratings = await cases.Where(c => c.HelpRating != null && c.HelpRatingAgentId != null)
            .GroupBy(c => c.HelpRatingAgentId!)
            .Select(g => new { Agent = g.Key, Average = g.Average(c => (double)c.HelpRating!.Value) })
            .ToDictionaryAsync(r => r.Agent, r => r.Average, StringComparer.Ordinal, cancellationToken);
        var figures = new List<AgentFigure>(agents.Count);
        foreach (var agent in agents.OrderByDescending(a => a.Handled).ThenBy(a => a.Agent, StringComparer.Ordinal))
        {
            var median = await MedianSecondsToFirstContactAsync(cases.Where(c => c.Assignee == agent.Agent), agent.Contacted, cancellationToken);
            figures.Add(new AgentFigure(agent.Agent, agent.Handled, agent.Resolved, median is { } seconds ? TimeSpan.FromSeconds(Math.Round(seconds)) : null)
            {
                AverageRating = ratings.TryGetValue(agent.Agent, out var rating) ? Math.Round(rating, 2) : null,
            });
        }

        return figures;
    }

    /// <summary>The median of (first contact − opened), read as the one or two middle values of the sorted durations.</summary>
    private static async Task<double?> MedianSecondsToFirstContactAsync(IQueryable<Entities.CaseRecord> cases, int contacted, CancellationToken cancellationToken)
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
