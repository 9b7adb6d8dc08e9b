using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The case figures from the facts on the case rows (<see cref="CaseFactFiltering"/> selects the cases): counts per
/// <see cref="CaseSteps"/> value (a few dozen groups) summed here, so the database compares no times for the finished
/// part; only the SLA's "past due now" compares the deadlines with now, and only for the cases still waiting (first
/// contact or resolution missing). The same numbers as the joined queries of <c>InsightsQueries</c> (<c>CaseFactsTests</c>).
/// </summary>
internal static class CaseFactFigures
{
    /// <summary>Agents' medians per statement (a UNION ALL of one ordered index walk per agent): under SQLite's 500.</summary>
    private const int AgentsPerMedianQuery = 100;

    public static async Task<RecoveryFunnel> FunnelAsync(IQueryable<CaseRecord> cases, int detractors, CancellationToken cancellationToken)
    {
        var groups = await cases.GroupBy(c => c.CaseSteps).Select(g => new { Steps = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        int Count(int all, int none = 0) => groups.Where(g => (g.Steps & all) == all && (g.Steps & none) == 0).Sum(g => g.Count);
        var recovered = Count(CaseSteps.Recovered);
        var recoveredWithPerson = Count(CaseSteps.Recovered | CaseSteps.Contacted);
        return new RecoveryFunnel(
            detractors, Count(0), Count(CaseSteps.ContactWithinSla), Count(CaseSteps.Resolved), Count(CaseSteps.Resurveyed), recovered,
            recoveredWithPerson, recovered - recoveredWithPerson)
        {
            ResolvedWithPerson = Count(CaseSteps.Resolved | CaseSteps.Contacted),
        };
    }

    public static async Task<SlaCompliance> SlaAsync(IQueryable<CaseRecord> cases, DateTime now, CancellationToken cancellationToken)
    {
        // One group per steps value. Each count of "past due now" first asks the steps whether the case still waits (no
        // first contact, no resolution time, not closed: an integer test), so the times are compared with now only for
        // the few cases that wait; a GROUP BY on the comparisons themselves cost more than the join it replaced.
        const int Finished = CaseSteps.ResolvedWithinSla | CaseSteps.ResolvedLate;
        var groups = await cases
            .GroupBy(c => c.CaseSteps)
            .Select(g => new
            {
                Steps = g.Key,
                Count = g.Count(),
                ContactPast = g.Count(c => (c.CaseSteps & CaseSteps.Contacted) == 0 && c.FirstContactDue < now && (c.ResolvedAt == null || c.ResolvedAt > c.FirstContactDue)),
                ResolutionPast = g.Count(c => (c.CaseSteps & Finished) == 0 && c.ResolutionDue < now),
                OpenPast = g.Count(c => (c.CaseSteps & CaseSteps.Closed) == 0 && (((c.CaseSteps & CaseSteps.Contacted) == 0 && c.FirstContactDue < now) || c.ResolutionDue < now)),
            })
            .ToListAsync(cancellationToken);
        int Count(int step) => groups.Where(g => (g.Steps & step) != 0).Sum(g => g.Count);
        return new SlaCompliance(
            groups.Sum(g => g.Count),
            Count(CaseSteps.ContactWithinSla),
            Count(CaseSteps.ContactLate) + groups.Sum(g => g.ContactPast),
            Count(CaseSteps.ResolvedWithinSla),
            Count(CaseSteps.ResolvedLate) + groups.Sum(g => g.ResolutionPast),
            groups.Sum(g => g.OpenPast));
    }

    /// <summary>Cases not resolved or closed, and those of them past a deadline now (the summary's figures).</summary>
    public static async Task<(int Count, int PastSla)> OpenAsync(IQueryable<CaseRecord> cases, DateTime now, CancellationToken cancellationToken)
    {
        var open = await cases
            .Where(c => (c.CaseSteps & CaseSteps.Closed) == 0)
            .GroupBy(c => 1)
            .Select(g => new { Count = g.Count(), PastSla = g.Count(c => (c.FirstContactAt == null && c.FirstContactDue < now) || c.ResolutionDue < now) })
            .FirstOrDefaultAsync(cancellationToken);
        return (open?.Count ?? 0, open?.PastSla ?? 0);
    }

    /// <summary>Per assignee: cases handled, resolved, contacted.</summary>
    public static async Task<List<(string Agent, int Handled, int Resolved, int Contacted)>> AgentCountsAsync(
        IQueryable<CaseRecord> cases, CancellationToken cancellationToken)
    {
        var rows = await cases
            .Where(c => c.Assignee != null)
            .GroupBy(c => new { Agent = c.Assignee!, c.CaseSteps })
            .Select(g => new { g.Key.Agent, g.Key.CaseSteps, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.Agent, StringComparer.Ordinal).Select(g => (
            g.Key,
            g.Sum(r => r.Count),
            g.Where(r => (r.CaseSteps & CaseSteps.Resolved) != 0).Sum(r => r.Count),
            g.Where(r => (r.CaseSteps & CaseSteps.Contacted) != 0).Sum(r => r.Count)))];
    }

    /// <summary>
    /// Every agent's median of (first contact − opened) in one statement: per agent, the one or two middle values of its
    /// contacted cases in the order of <c>seconds_to_first_contact</c> (a walk along the (assignee, seconds) index, no
    /// sort), the branches joined by UNION ALL. EF Core has no window functions; this is the same result as
    /// ROW_NUMBER() OVER (PARTITION BY assignee ORDER BY seconds) without writing the filter's SQL by hand.
    /// </summary>
    public static async Task<Dictionary<string, double>> MediansSecondsToFirstContactAsync(
        IQueryable<CaseRecord> cases, IEnumerable<(string Agent, int Contacted)> agents, CancellationToken cancellationToken)
    {
        var medians = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var chunk in agents.Where(a => a.Contacted > 0).Chunk(AgentsPerMedianQuery))
        {
            IQueryable<AgentSeconds>? middles = null;
            foreach (var (agent, contacted) in chunk)
            {
                var middle = cases
                    .Where(c => c.Assignee == agent && c.SecondsToFirstContact != null)
                    .OrderBy(c => c.SecondsToFirstContact)
                    .Skip((contacted - 1) / 2)
                    .Take(contacted % 2 == 0 ? 2 : 1)
                    .Select(c => new AgentSeconds { Agent = c.Assignee!, Seconds = c.SecondsToFirstContact!.Value });
                middles = middles is null ? middle : middles.Concat(middle);
            }

            foreach (var group in (await middles!.ToListAsync(cancellationToken)).GroupBy(m => m.Agent, StringComparer.Ordinal))
            {
                medians[group.Key] = group.Average(m => m.Seconds);
            }
        }

        return medians;
    }

    private sealed class AgentSeconds
    {
        public required string Agent { get; init; }

        public double Seconds { get; init; }
    }
}
