using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights.PeriodCounts;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The response figures under an agent or a funnel stage, from the cases: those filters select the responses that have
/// such a case, a response has at most one case, and each case row carries its response's period, keys and outcome
/// (<see cref="CaseFactTriggers"/>), so the selected responses are the filtered cases, one <see cref="RollupCell"/>
/// each (its day as the start). The busiest agent's 39,000 cases at 1M responses are a range of the (assignee, ...)
/// covering index, where <c>response_key IN (the agent's case keys)</c> sought every response by its key (issue 10).
/// </summary>
internal static class CaseFactCells
{
    /// <summary>
    /// The cells, or null when the rollups or the rows answer the filter (no agent and no stage), or when it asks for an
    /// empty locale or theme (cells spell "none" as '', as the rollups do).
    /// </summary>
    public static IQueryable<RollupCell>? For(NpsBotDbContext context, InsightsFilter filter)
    {
        if ((filter.Agent is null && filter.Stage is null) || filter.Locale is DayCountKeys.None || filter.Theme is DayCountKeys.None)
        {
            return null;
        }

        return CaseFactFiltering.Cases(context, filter)
            .Where(c => c.ResponseCategory != null)
            .Select(c => new RollupCell
            {
                Start = SqliteFunctions.UtcDate(c.ResponseStartedAt!.Value),
                ChannelId = c.ResponseChannelId!,
                Locale = c.ResponseLocale ?? DayCountKeys.None,
                Theme = c.ResponseTheme ?? DayCountKeys.None,
                Category = c.ResponseCategory!.Value,
                Score = c.ResponseScore ?? DayCountKeys.NoScore,
                Responses = 1,
                Completed = c.ResponseOutcome == SurveyOutcomes.Completed ? 1 : 0,
            });
    }
}
