using NpsBot.Recovery.Insights;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Insights;

/// <summary>Folds rows of (group, category, count) from a GROUP BY into NPS figures per group.</summary>
internal static class CategoryCounts
{
    public static NpsFigure Figure(IEnumerable<(NpsCategory? Category, int Count)> rows)
    {
        int promoters = 0, passives = 0, detractors = 0;
        foreach (var (category, count) in rows)
        {
            switch (category)
            {
                case NpsCategory.Promoter: promoters += count; break;
                case NpsCategory.Passive: passives += count; break;
                case NpsCategory.Detractor: detractors += count; break;
                default: break;
            }
        }

        return new NpsFigure(promoters, passives, detractors);
    }
}
