using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The <see cref="InsightsFilter"/> over the cases alone, through the facts each case row carries of its response
/// (<see cref="CaseFactTriggers"/>): the same cases as <c>InsightsFiltering.Cases(InsightsFiltering.Responses(filter))</c>
/// (the responses the filter selects, joined to their cases) without reading <c>survey_responses</c>; the funnel stage
/// by the case's <see cref="CaseSteps"/>.
/// </summary>
internal static class CaseFactFiltering
{
    public static IQueryable<CaseRecord> Cases(NpsBotDbContext context, InsightsFilter filter)
    {
        // A case counts only with its response (the join's inner side): the facts are null while there is none.
        var query = context.Cases.AsNoTracking().Where(c => c.ResponseStartedAt != null);
        if (filter.From is { } from)
        {
            var utc = from.UtcDateTime;
            query = query.Where(c => c.ResponseStartedAt >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = to.UtcDateTime;
            query = query.Where(c => c.ResponseStartedAt < utc);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(c => c.ResponseChannelId == channel);
        }

        if (filter.Locale is { } locale)
        {
            query = query.Where(c => c.ResponseLocale == locale);
        }

        if (filter.Theme is { } theme)
        {
            query = query.Where(c => c.ResponseTheme == theme);
        }

        if (filter.Band is { } band)
        {
            query = query.Where(c => c.ResponseCategory == band);
        }

        if (filter.Score is { } score)
        {
            query = query.Where(c => c.ResponseScore == score);
        }

        // The agent and the funnel stage select responses that have such a case; a response has at most one case (its
        // case key: CaseRecords.Write, upserted by that key), so that is the case itself.
        if (filter.Agent is { } agent)
        {
            query = query.Where(c => c.Assignee == agent);
        }

        if (filter.Stage is { } stage)
        {
            var steps = Steps(stage);
            query = query.Where(c => (c.CaseSteps & steps) == steps);
        }

        return query;
    }

    /// <summary>The <see cref="CaseSteps"/> a case has when it reached the funnel step (the conditions <c>FunnelAsync</c> counts).</summary>
    public static int Steps(FunnelStage stage) => stage switch
    {
        FunnelStage.CaseOpened => 0,
        FunnelStage.ContactWithinSla => CaseSteps.ContactWithinSla,
        FunnelStage.Resolved => CaseSteps.Resolved,
        FunnelStage.ResolvedWithPerson => CaseSteps.Resolved | CaseSteps.Contacted,
        FunnelStage.Resurveyed => CaseSteps.Resurveyed,
        _ => CaseSteps.Recovered,
    };
}
