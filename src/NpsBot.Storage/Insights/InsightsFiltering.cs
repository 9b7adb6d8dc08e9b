using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;

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
            // "response_key IN (the agent's cases' keys)", not a correlated EXISTS per response, for whatever reads every
            // filtered response (the export): SQLite then walks the agent's cases and seeks each response by its unique
            // key (a few percent of the rows at 1M), where EXISTS looked a case up for every response (issue 10, measured
            // in tests/NpsBot.Benchmarks/README.md). A page under a busy agent stops early with EXISTS (AgentPageShape).
            if (agentShape == AgentFilterShape.CaseOfEachResponse)
            {
                query = query.Where(r => context.Cases.Any(c => c.ResponseKey == r.ResponseKey && c.Assignee == agent));
            }
            else
            {
                var keys = context.Cases.Where(c => c.Assignee == agent).Select(c => c.ResponseKey);
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
