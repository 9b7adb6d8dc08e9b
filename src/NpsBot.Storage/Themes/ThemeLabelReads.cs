using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Themes;

/// <summary>A response's theme labels, oldest first, as views.</summary>
internal static class ThemeLabelReads
{
    public static async Task<IReadOnlyList<ThemeLabelView>> ForResponseAsync(NpsBotDbContext context, long responseId, CancellationToken cancellationToken)
    {
        var rows = await context.ThemeLabels.AsNoTracking().Where(l => l.ResponseId == responseId).OrderBy(l => l.Id).ToListAsync(cancellationToken);
        return [.. rows.Select(l => new ThemeLabelView(
            l.Theme, l.Source, l.ModelVersion, l.Evidence, l.Confidence, SurveyResponseRows.Utc(l.At), l.By, l.Reason))];
    }
}
