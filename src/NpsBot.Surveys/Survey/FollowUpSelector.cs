using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Survey;

/// <summary>Picks the one follow-up question for a detractor's reason from the keyword rules of the survey definition.</summary>
public static class FollowUpSelector
{
    /// <summary>The rule whose keywords (any locale) match most words of <paramref name="reason"/>; ties go to the first; null when none match.</summary>
    public static FollowUpRule? Select(SurveyDefinition survey, string reason)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var text = TextNormalizer.Normalize(reason);
        FollowUpRule? best = null;
        var bestHits = 0;
        foreach (var rule in survey.FollowUps)
        {
            var hits = rule.Keywords.Values.SelectMany(words => words).Distinct().Count(word => TextNormalizer.ContainsWords(text, word));
            if (hits > bestHits)
            {
                (best, bestHits) = (rule, hits);
            }
        }

        return best;
    }

    /// <summary>The wording key of the question to ask.</summary>
    public static string QuestionKeyFor(SurveyDefinition survey, string reason) =>
        Select(survey, reason)?.QuestionKey ?? survey.DefaultFollowUpKey;
}
