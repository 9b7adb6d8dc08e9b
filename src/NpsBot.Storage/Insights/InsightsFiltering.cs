using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights.CaseFacts;

namespace NpsBot.Storage.Insights;

/// <summary>The <see cref="InsightsFilter"/> as LINQ over responses and their cases; every query starts here.</summary>
internal static class InsightsFiltering
{
    public static IQueryable<SurveyResponseRecord> Responses(
        NpsBotDbContext context, InsightsFilter filter, AgentFilterShape agentShape = AgentFilterShape.CaseKeys)
    {
        var query = context.SurveyResponses.AsNoTracking();
        if (filter.From is { } from)
        {
            var utc = from.UtcDateTime;
            query = query.Where(r => r.StartedAt >= utc);
        }

        if (filter.To is { } to)
        {
            var utc = to.UtcDateTime;
            query = query.Where(r => r.StartedAt < utc);
        }

        if (filter.Channel is { } channel)
        {
            query = query.Where(r => r.ChannelId == channel);
        }

        if (filter.Locale is { } locale)
        {
            query = query.Where(r => r.Locale == locale);
        }

        if (filter.Theme is { } theme)
        {
            query = query.Where(r => r.Theme == theme);
        }

        if (filter.Band is { } band)
        {
            query = query.Where(r => r.Category == band);
        }

        if (filter.Agent is { } agent)
        {
            // "response_key IN (the keys of the agent's cases the whole filter keeps)", not a correlated EXISTS per
            // response, for whatever reads every filtered response (the export): SQLite then walks those cases in the
            // case facts' (assignee, ...) index and seeks each response by its unique key, where EXISTS looked a case up
            // for every response. The keys come from the case facts under the same filter (score, period, ...), not from
            // all the agent's cases: the score-3 bar of the busiest agent sought its 38,000 responses for 4,000 (449 ms
            // at 1M; issue 10, tests/NpsBot.Benchmarks/README.md), and AgentPageShape counts these very cases, so a page
            // never seeks more than its threshold. A page under a busy agent stops early with EXISTS instead.
            if (agentShape == AgentFilterShape.CaseOfEachResponse)
            {
                query = query.Where(r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.Assignee == agent));
            }
            else
            {
                var keys = CaseFactFiltering.Cases(context, filter).Select(c => c.ResponseKey);
                query = query.Where(r => keys.Contains(r.ResponseKey!));
            }
        }

        if (filter.Score is { } score)
        {
            query = query.Where(r => r.Score == score);
        }

        if (filter.Stage is { } stage)
        {
            query = query.Where(StageReached(context, stage));
        }

        return query;
    }

    /// <summary>Responses whose case reached the funnel step (the same conditions <c>FunnelAsync</c> counts).</summary>
    private static System.Linq.Expressions.Expression<Func<SurveyResponseRecord, bool>> StageReached(NpsBotDbContext context, FunnelStage stage) => stage switch
    {
        FunnelStage.CaseOpened => r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey),
        FunnelStage.ContactWithinSla => r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.FirstContactAt != null && c.FirstContactAt <= c.FirstContactDue),
        FunnelStage.Resolved => r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.Status == CaseStatus.Resolved),
        FunnelStage.ResolvedWithPerson => r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.Status == CaseStatus.Resolved && c.FirstContactAt != null),
        FunnelStage.Resurveyed => r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.FollowUpScore != null),
        _ => r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.FollowUpScore >= 7),
    };

    /// <summary>Responses with a score (the ones NPS counts).</summary>
    public static IQueryable<SurveyResponseRecord> Scored(NpsBotDbContext context, InsightsFilter filter) =>
        Responses(context, filter).Where(r => r.Category != null);

    /// <summary>The cases opened for the filtered responses.</summary>
    public static IQueryable<CaseRecord> Cases(NpsBotDbContext context, IQueryable<SurveyResponseRecord> responses) =>
        responses.Join(context.Cases.AsNoTracking(), r => r.ResponseKey, c => c.ResponseKey, (r, c) => c);
}
