using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;

namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The <see cref="InsightsFilter"/> over the case rollup (<c>case_step_counts</c>, <see cref="CaseStepCountTriggers"/>):
/// the cells of the cases <see cref="CaseFactFiltering.Cases"/> selects, or null when the filter has a period (the
/// rollup has no time: a period reads the case rows by their response's start, an index range).
/// </summary>
internal static class CaseStepCells
{
    public static IQueryable<CaseStepCountRecord>? For(NpsBotDbContext context, InsightsFilter filter)
    {
        if (filter.From is not null || filter.To is not null)
        {
            return null;
        }

        var cells = RollupKeyFiltering.ByKeys(context.CaseStepCounts.AsNoTracking(), filter);
        if (filter.Band is { } band)
        {
            cells = cells.Where(c => c.Category == CategoryKey(band));
        }

        if (filter.Agent is { } agent)
        {
            cells = cells.Where(c => c.Assignee == agent);
        }

        if (filter.Stage is { } stage)
        {
            var steps = CaseFactFiltering.Steps(stage);
            cells = cells.Where(c => (c.CaseSteps & steps) == steps);
        }

        return cells;
    }

    /// <summary>The category as the case stores it (EF Core's enum-to-string conversion: the name).</summary>
    public static string CategoryKey(Surveys.Scoring.NpsCategory category) => category.ToString();
}
