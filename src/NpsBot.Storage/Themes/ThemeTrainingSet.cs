using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;

namespace NpsBot.Storage.Themes;

/// <summary>One stored complaint (redacted) with the theme a person gave it, and who: <see cref="ThemeSources"/>.</summary>
public sealed record ReviewedComplaint(string Text, string Theme, string Source);

/// <summary>
/// The complaints people labelled, for <c>train-themes</c>: per response with a reason, a manager's newest correction
/// wins over the customer's confirmation (a label, or the response's confirmed theme from before labels were kept);
/// the model's own guesses are not examples.
/// </summary>
public sealed class ThemeTrainingSet(IDbContextFactory<NpsBotDbContext> contexts)
{
    public async Task<IReadOnlyList<ReviewedComplaint>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var labels = context.ThemeLabels.AsNoTracking();
        var rows = await (
            from r in context.SurveyResponses.AsNoTracking()
            where r.Reason != null && r.Reason != ""
            let corrected = labels.Where(l => l.ResponseId == r.Id && l.Source == ThemeSources.ManagerCorrected)
                .OrderByDescending(l => l.Id).Select(l => l.Theme).FirstOrDefault()
            let confirmed = labels.Where(l => l.ResponseId == r.Id && l.Source == ThemeSources.CustomerConfirmed)
                .OrderByDescending(l => l.Id).Select(l => l.Theme).FirstOrDefault() ?? r.ConfirmedTheme
            where corrected != null || confirmed != null
            orderby r.Id
            select new { r.Reason, Corrected = corrected, Confirmed = confirmed }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => r.Corrected is { } theme
            ? new ReviewedComplaint(r.Reason!, theme, ThemeSources.ManagerCorrected)
            : new ReviewedComplaint(r.Reason!, r.Confirmed!, ThemeSources.CustomerConfirmed))];
    }
}
