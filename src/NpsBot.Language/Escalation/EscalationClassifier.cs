using System.Text.RegularExpressions;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Text;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Decides whether a person should take over a complaint, and why (<see cref="EscalationReasons"/>): a person asked for,
/// safety, health, a vulnerable customer, legal steps, damage caused by staff or couriers, repeated contact, leaving in
/// anger, abuse. Multilingual cue patterns over folded text (<see cref="EscalationPatterns"/>); leaving counts only with
/// anger (negative sentiment, an angry word, or "!!"/"??"). The sentiment analyzer reports these reasons, so every
/// consumer of <c>SentimentResult.Escalate</c>/<c>Reasons</c> (the survey's handoff, the recovery case) gets them.
/// </summary>
public static class EscalationClassifier
{
    private const double AngerThreshold = -0.1;

    private static readonly (string Reason, Func<Regex> Pattern)[] Cues =
    [
        (EscalationReasons.PersonRequested, EscalationPatterns.PersonRequested),
        (EscalationReasons.Safety, EscalationPatterns.Safety),
        (EscalationReasons.Health, EscalationPatterns.Health),
        (EscalationReasons.Vulnerable, EscalationPatterns.Vulnerable),
        (EscalationReasons.Legal, EscalationPatterns.Legal),
        (EscalationReasons.Damage, EscalationPatterns.Damage),
        (EscalationReasons.RepeatedContact, EscalationPatterns.RepeatedContact),
        (EscalationReasons.Abuse, EscalationPatterns.Abuse),
    ];

    /// <summary>The reasons found in <paramref name="text"/>, in the order of <see cref="EscalationReasons.All"/>; empty when none.</summary>
    public static IReadOnlyList<string> Classify(string text, double sentiment)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var reasons = new List<string>();
        foreach (var (reason, pattern) in Cues)
        {
            if (pattern().IsMatch(folded))
            {
                reasons.Add(reason);
            }
        }

        var angry = sentiment <= AngerThreshold || EscalationPatterns.Anger().IsMatch(folded) || reasons.Contains(EscalationReasons.Abuse)
            || text.Contains("!!", StringComparison.Ordinal) || text.Contains("??", StringComparison.Ordinal);
        if (angry && EscalationPatterns.Churn().IsMatch(folded))
        {
            reasons.Add(EscalationReasons.ChurnAnger);
        }

        return [.. EscalationReasons.All.Where(reasons.Contains)];
    }
}
