namespace NpsBot.Surveys.Scoring;

/// <summary>NPS over a set of scores: percentage of promoters minus percentage of detractors, from -100 to 100.</summary>
public static class NpsCalculator
{
    /// <summary>The NPS rounded to one decimal (halves away from zero), or null when there are no scores.</summary>
    public static double? Calculate(IEnumerable<NpsScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int total = 0, promoters = 0, detractors = 0;
        foreach (var score in scores)
        {
            total++;
            promoters += score.Category == NpsCategory.Promoter ? 1 : 0;
            detractors += score.Category == NpsCategory.Detractor ? 1 : 0;
        }

        return total == 0 ? null : Math.Round(100.0 * (promoters - detractors) / total, 1, MidpointRounding.AwayFromZero);
    }
}
