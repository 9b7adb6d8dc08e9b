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

    /// <summary>
    /// The funnel from the cases' steps: counted from the case rollup's <paramref name="cells"/> when given (no period),
    /// else from the case rows <paramref name="cases"/>.
    /// </summary>
    public static async Task<RecoveryFunnel> FunnelAsync(
        IQueryable<CaseRecord> cases, IQueryable<CaseStepCountRecord>? cells, int detractors, CancellationToken cancellationToken)
    {
        var groups = await StepCountsAsync(cases, cells, cancellationToken);
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

    public static async Task<SlaCompliance> SlaAsync(
        IQueryable<CaseRecord> cases, IQueryable<CaseStepCountRecord>? cells, DateTime now, CancellationToken cancellationToken)
    {
        // The steps say which cases can be past a deadline now (no first contact, no resolution time, not closed); only
        // those compare their times with now. From the rollup: the counts per steps value, then the rows of the waiting
        // steps values only (an IN on the case_steps index). From the rows: one group per steps value, each count of
        // "past due now" asking the steps first (an integer test), so the times are compared only for the cases that wait.
        List<(int Steps, int Count, int ContactPast, int ResolutionPast, int OpenPast)> groups;
        if (cells is not null)
        {
            var counts = await StepCountsAsync(cases, cells, cancellationToken);
            var waiting = counts.Select(g => g.Steps).Where(Waits).ToArray();
            var past = waiting.Length == 0 ? null : await PastDue(cases.Where(c => waiting.Contains(c.CaseSteps)).GroupBy(c => 1), now)
                .FirstOrDefaultAsync(cancellationToken);
            groups = [.. counts.Select(g => (g.Steps, g.Count, 0, 0, 0))];
            if (past is not null)
            {
                groups.Add((0, 0, past.ContactPast, past.ResolutionPast, past.OpenPast));
            }
        }
        else
        {
            groups = [.. (await PastDue(cases.GroupBy(c => c.CaseSteps), now).ToListAsync(cancellationToken))
                .Select(g => (g.Steps, g.Count, g.ContactPast, g.ResolutionPast, g.OpenPast))];
        }

        int Count(int step) => groups.Where(g => (g.Steps & step) != 0).Sum(g => g.Count);
        return new SlaCompliance(
            groups.Sum(g => g.Count),
            Count(CaseSteps.ContactWithinSla),
            Count(CaseSteps.ContactLate) + groups.Sum(g => g.ContactPast),
            Count(CaseSteps.ResolvedWithinSla),
            Count(CaseSteps.ResolvedLate) + groups.Sum(g => g.ResolutionPast),
            groups.Sum(g => g.OpenPast));
    }

    private const int Finished = CaseSteps.ResolvedWithinSla | CaseSteps.ResolvedLate;

    /// <summary>Steps of a case that may be past a deadline now: not contacted, not resolved in time or late, or not closed.</summary>
    private static bool Waits(int steps) =>
        (steps & CaseSteps.Contacted) == 0 || (steps & Finished) == 0 || (steps & CaseSteps.Closed) == 0;

    /// <summary>Per group: its cases, and those past the first-contact, the resolution or any deadline now.</summary>
    private static IQueryable<PastDueGroup> PastDue(IQueryable<IGrouping<int, CaseRecord>> groups, DateTime now) => groups.Select(g => new PastDueGroup
    {
        Steps = g.Key,
        Count = g.Count(),
        ContactPast = g.Count(c => (c.CaseSteps & CaseSteps.Contacted) == 0 && c.FirstContactDue < now && (c.ResolvedAt == null || c.ResolvedAt > c.FirstContactDue)),
        ResolutionPast = g.Count(c => (c.CaseSteps & Finished) == 0 && c.ResolutionDue < now),
        OpenPast = g.Count(c => (c.CaseSteps & CaseSteps.Closed) == 0 && (((c.CaseSteps & CaseSteps.Contacted) == 0 && c.FirstContactDue < now) || c.ResolutionDue < now)),
    });

    /// <summary>Cases not resolved or closed, and those of them past a deadline now (the summary's figures).</summary>
    public static async Task<(int Count, int PastSla)> OpenAsync(
        IQueryable<CaseRecord> cases, IQueryable<CaseStepCountRecord>? cells, DateTime now, CancellationToken cancellationToken)
    {
        if (cells is not null)
        {
            // The open cases per steps value from the rollup; the deadlines of those steps values' rows only.
            var open = (await StepCountsAsync(cases, cells.Where(c => (c.CaseSteps & CaseSteps.Closed) == 0), cancellationToken)).ToArray();
            var steps = open.Select(o => o.Steps).ToArray();
            // No first contact is the Contacted bit unset (first_contact_at null): the steps index answers it without the time.
            var pastSla = steps.Length == 0 ? 0 : await cases.Where(c => steps.Contains(c.CaseSteps))
                .CountAsync(c => ((c.CaseSteps & CaseSteps.Contacted) == 0 && c.FirstContactDue < now) || c.ResolutionDue < now, cancellationToken);
            return (open.Sum(o => o.Count), pastSla);
        }

        var rows = await cases
            .Where(c => (c.CaseSteps & CaseSteps.Closed) == 0)
            .GroupBy(c => 1)
            .Select(g => new { Count = g.Count(), PastSla = g.Count(c => (c.FirstContactAt == null && c.FirstContactDue < now) || c.ResolutionDue < now) })
            .FirstOrDefaultAsync(cancellationToken);
        return (rows?.Count ?? 0, rows?.PastSla ?? 0);
    }

    /// <summary>Cases per steps value: the rollup's sums when <paramref name="cells"/> is given, else a GROUP BY of the rows.</summary>
    private static async Task<List<(int Steps, int Count)>> StepCountsAsync(
        IQueryable<CaseRecord> cases, IQueryable<CaseStepCountRecord>? cells, CancellationToken cancellationToken) => cells is null
        ? [.. (await cases.GroupBy(c => c.CaseSteps).Select(g => new { Steps = g.Key, Count = g.Count() }).ToListAsync(cancellationToken)).Select(g => (g.Steps, g.Count))]
        : [.. (await cells.GroupBy(c => c.CaseSteps).Select(g => new { Steps = g.Key, Count = g.Sum(c => c.Cases) }).ToListAsync(cancellationToken)).Select(g => (g.Steps, g.Count))];

    /// <summary>
    /// Per assignee (cases with one): cases handled, resolved, contacted; and per agent credited with ratings, their
    /// average. One statement: per assignee, steps and rating agent, from the rollup's cells or from the rows.
    /// </summary>
    public static async Task<(List<(string Agent, int Handled, int Resolved, int Contacted)> Agents, Dictionary<string, double> Ratings)> AgentCountsAsync(
        IQueryable<CaseRecord> cases, IQueryable<CaseStepCountRecord>? cells, CancellationToken cancellationToken)
    {
        var rows = cells is not null
            ? await cells
                .Where(c => c.Assignee != DayCountKeys.None)
                .GroupBy(c => new { c.Assignee, c.CaseSteps, c.RatingAgent })
                .Select(g => new AgentCell { Agent = g.Key.Assignee, Steps = g.Key.CaseSteps, RatingAgent = g.Key.RatingAgent, Cases = g.Sum(c => c.Cases), Rated = g.Sum(c => c.Rated), RatingSum = g.Sum(c => c.RatingSum) })
                .ToListAsync(cancellationToken)
            : await cases
                .Where(c => c.Assignee != null)
                .GroupBy(c => new { Agent = c.Assignee!, c.CaseSteps, RatingAgent = c.HelpRating != null && c.HelpRatingAgentId != null ? c.HelpRatingAgentId : DayCountKeys.None })
                .Select(g => new AgentCell
                {
                    Agent = g.Key.Agent, Steps = g.Key.CaseSteps, RatingAgent = g.Key.RatingAgent, Cases = g.Count(),
                    Rated = g.Count(c => c.HelpRating != null && c.HelpRatingAgentId != null),
                    RatingSum = g.Sum(c => c.HelpRating != null && c.HelpRatingAgentId != null ? (long)c.HelpRating.Value : 0L),
                })
                .ToListAsync(cancellationToken);
        List<(string Agent, int Handled, int Resolved, int Contacted)> agents = [.. rows.GroupBy(r => r.Agent, StringComparer.Ordinal).Select(g => (
            g.Key,
            g.Sum(r => r.Cases),
            g.Where(r => (r.Steps & CaseSteps.Resolved) != 0).Sum(r => r.Cases),
            g.Where(r => (r.Steps & CaseSteps.Contacted) != 0).Sum(r => r.Cases)))];

        // Ratings are credited to the agent named at the give-back (help_rating_agent_id), who may not be the assignee.
        var ratings = rows.Where(r => r.Rated > 0).GroupBy(r => r.RatingAgent, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (double)g.Sum(r => r.RatingSum) / g.Sum(r => r.Rated), StringComparer.Ordinal);
        return (agents, ratings);
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

    private sealed class PastDueGroup
    {
        public int Steps { get; init; }

        public int Count { get; init; }

        public int ContactPast { get; init; }

        public int ResolutionPast { get; init; }

        public int OpenPast { get; init; }
    }

    private sealed class AgentCell
    {
        public required string Agent { get; init; }

        public int Steps { get; init; }

        public required string RatingAgent { get; init; }

        public int Cases { get; init; }

        public int Rated { get; init; }

        public long RatingSum { get; init; }
    }

    private sealed class AgentSeconds
    {
        public required string Agent { get; init; }

        public double Seconds { get; init; }
    }
}
