using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Insights;

namespace NpsBot.Storage.Themes;

/// <summary>
/// <see cref="IThemeGovernance"/> over <c>theme_labels</c>. A relabel adds a manager-corrected label and sets the
/// response's (and its case's) theme in one transaction; the survey's own labels are written by the turn store.
/// </summary>
public sealed class ThemeGovernance(IDbContextFactory<NpsBotDbContext> contexts, ThemeChoices choices, TimeProvider clock) : IThemeGovernance
{
    public IReadOnlyList<string> Themes => choices.Themes;

    public async Task<RelabelOutcome> RelabelAsync(ThemeCorrection correction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correction);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var response = await context.SurveyResponses.Where(r => r.Id == correction.ResponseId)
            .Select(r => new { r.Id, r.ResponseKey, r.Theme })
            .FirstOrDefaultAsync(cancellationToken);
        if (response is null)
        {
            return RelabelOutcome.UnknownResponse;
        }

        var reason = correction.Reason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            return RelabelOutcome.ReasonMissing;
        }

        if (reason.Length > ThemeCorrection.MaxReasonLength)
        {
            return RelabelOutcome.ReasonTooLong;
        }

        var theme = correction.Theme?.Trim();
        if (string.IsNullOrEmpty(theme) || !choices.Themes.Contains(theme, StringComparer.Ordinal))
        {
            return RelabelOutcome.UnknownTheme;
        }

        if (response.Theme == theme)
        {
            return RelabelOutcome.SameTheme;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.ThemeLabels.Add(new ThemeLabelRecord
        {
            ResponseId = response.Id,
            Theme = theme,
            Source = ThemeSources.ManagerCorrected,
            At = now,
            By = correction.CorrectedBy,
            Reason = reason,
        });
        await context.SaveChangesAsync(cancellationToken);
        await context.SurveyResponses.Where(r => r.Id == response.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Theme, theme).SetProperty(r => r.UpdatedAt, now), cancellationToken);
        if (response.ResponseKey is { } key)
        {
            await context.Cases.Where(c => c.ResponseKey == key)
                .ExecuteUpdateAsync(set => set.SetProperty(c => c.Theme, theme).SetProperty(c => c.UpdatedAt, now), cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return RelabelOutcome.Relabelled;
    }

    public async Task<IReadOnlyList<ThemeLabelView>> LabelsAsync(long responseId, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await ThemeLabelReads.ForResponseAsync(context, responseId, cancellationToken);
    }

    /// <summary>
    /// Per period of the response's start: the responses with both a model label and a review (a customer's
    /// confirmation or change, or a manager's correction); agreed when the newest review names the newest model label's theme.
    /// </summary>
    public async Task<IReadOnlyList<ThemeAgreementPoint>> AgreementAsync(InsightsFilter filter, TrendGranularity granularity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var labels = context.ThemeLabels.AsNoTracking();
        var reviewed = await (
            from r in InsightsFiltering.Responses(context, filter)
            let model = labels.Where(l => l.ResponseId == r.Id && (l.Source == ThemeSources.LanguageModel || l.Source == ThemeSources.OfflineModel))
                .OrderByDescending(l => l.Id).Select(l => l.Theme).FirstOrDefault()
            let review = labels.Where(l => l.ResponseId == r.Id && (l.Source == ThemeSources.CustomerConfirmed || l.Source == ThemeSources.ManagerCorrected))
                .OrderByDescending(l => l.Id).Select(l => l.Theme).FirstOrDefault()
            where model != null && review != null
            select new { r.StartedAt, Agreed = model == review }).ToListAsync(cancellationToken);
        return [.. reviewed
            .GroupBy(r => PeriodStart(r.StartedAt, granularity))
            .OrderBy(g => g.Key)
            .Select(g => new ThemeAgreementPoint(g.Key, g.Count(), g.Count(r => r.Agreed)))];
    }

    /// <summary>The Monday of the ISO week (UTC) or the first of the month, as the other trends bucket.</summary>
    public static DateOnly PeriodStart(DateTime startedAt, TrendGranularity granularity)
    {
        var day = DateOnly.FromDateTime(startedAt);
        return granularity == TrendGranularity.Month
            ? new DateOnly(day.Year, day.Month, 1)
            : day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
    }
}
