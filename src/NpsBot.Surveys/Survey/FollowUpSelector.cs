using System.Runtime.CompilerServices;
using NpsBot.Conversations.Definitions;
using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Survey;

/// <summary>Picks the one follow-up question for a detractor's reason from the keyword rules of the survey definition.</summary>
public static class FollowUpSelector
{
    // Each definition's keywords as TextNormalizer.ContainsWords matches them, prepared once per definition (issue 13, CPU:
    // every keyword of every locale was normalized again, and the reason copied once per keyword, at each detractor's
    // reason: 1.3 % of the server's CPU at 32 customers). Definitions are immutable records: a changed one is a new key.
    private static readonly ConditionalWeakTable<SurveyDefinition, RuleNeedles[]> Prepared = new();

    /// <summary>The rule whose keywords (any locale) match most words of <paramref name="reason"/>; ties go to the first; null when none match.</summary>
    public static FollowUpRule? Select(SurveyDefinition survey, string reason)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var text = $" {TextNormalizer.Normalize(reason)} ";
        FollowUpRule? best = null;
        var bestHits = 0;
        foreach (var (rule, needles) in Prepared.GetValue(survey, Prepare))
        {
            var hits = needles.Count(needle => text.Contains(needle, StringComparison.Ordinal));
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

    /// <summary>
    /// Each rule's distinct keywords (all locales) as <see cref="TextNormalizer.ContainsWords"/> looks for them: normalized,
    /// between spaces, the empty ones left out.
    /// </summary>
    private static RuleNeedles[] Prepare(SurveyDefinition survey) =>
    [
        .. survey.FollowUps.Select(rule => new RuleNeedles(
            rule,
            [.. rule.Keywords.Values.SelectMany(words => words).Distinct().Select(TextNormalizer.Normalize).Where(word => word.Length > 0).Select(word => $" {word} ")])),
    ];

    private sealed record RuleNeedles(FollowUpRule Rule, string[] Needles);
}
