using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Insights.CaseFacts;

namespace NpsBot.Storage.Insights;

/// <summary>
/// Picks the <see cref="AgentFilterShape"/> for one page of a list under the agent filter (responses, drill-down,
/// transcript search; issue 10), from how many of the agent's cases the filter keeps. A page by case keys costs one
/// seek per key, whatever the page size (the busiest agent's 39,000 cases at 1M responses: 230-610 ms); a walk newest
/// first costs about (filtered responses / the agent's matching ones) x the page size seeks. They cost the same at a few
/// thousand keys on a million responses, hence <see cref="WalkAbove"/>. The count reads the (assignee, ...) index of
/// the case facts and stops past the threshold; it equals the agent's responses because a response has at most one
/// case (the unique index on <c>cases.response_key</c>), but only the shape depends on it, never the rows.
/// </summary>
internal static class AgentPageShape
{
    /// <summary>Above this many of the agent's cases under the filter a page walks the responses.</summary>
    public const int WalkAbove = 4_000;

    public static async Task<AgentFilterShape> ForAsync(NpsBotDbContext context, InsightsFilter filter, int walkAbove, CancellationToken cancellationToken)
    {
        if (filter.Agent is null)
        {
            return AgentFilterShape.CaseKeys;
        }

        var cases = await CaseFactFiltering.Cases(context, filter).Take(walkAbove + 1).CountAsync(cancellationToken);
        return cases > walkAbove ? AgentFilterShape.CaseOfEachResponse : AgentFilterShape.CaseKeys;
    }
}
