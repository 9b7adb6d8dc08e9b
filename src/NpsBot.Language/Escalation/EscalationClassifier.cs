using System.Text.RegularExpressions;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Text;

namespace NpsBot.Language.Escalation;

/// <summary>
/// Decides whether a person should take over a complaint, and why (<see cref="EscalationReasons"/>): a person asked for,
/// safety, health, a vulnerable customer, legal steps, damage caused by staff or couriers, repeated contact, leaving in
/// anger, abuse. Multilingual cue patterns over folded text: the words of each reason (<see cref="EscalationPatterns"/>)
/// and the situations and circumstances behind it when the customer does not name it (<see cref="EscalationSituations"/>,
/// <see cref="EscalationCircumstances"/>); any one is enough.
/// Closing an account or a subscription counts as leaving on its own; other talk of leaving ("switching to…") only with
/// anger (negative sentiment, an angry word, "!!"/"??", or a marker of leaving angry: charged after cancelling, "telling
/// everyone", "for good", see <see cref="EscalationChurn"/>). The sentiment analyzer reports these reasons, so every
/// consumer of <c>SentimentResult.Escalate</c>/<c>Reasons</c> (the survey's handoff, the recovery case) gets them.
/// </summary>
public static class EscalationClassifier
{
    private const double AngerThreshold = -0.1;

    private static readonly (string Reason, Func<Regex>[] Patterns)[] Cues =
    [
        (EscalationReasons.PersonRequested, [EscalationPatterns.PersonRequested, EscalationSituations.PersonWanted, EscalationCircumstances.CallRequested, EscalationSpecifics.SomeoneOnThePhone, EscalationStories.TerseDemand, EscalationStories.RoleDemanded, EscalationStories.RoleDemandedElsewhere, EscalationStories.SomeoneToCall, EscalationDefinitionCues.SpeakWithSomeoneInCharge]),
        (EscalationReasons.Safety, [EscalationPatterns.Safety, EscalationSituations.Hazards, EscalationSituations.ChildInDanger, EscalationSituations.HazardNearChild, EscalationCircumstances.Mishap, EscalationSpecifics.NearMiss, EscalationSpecifics.AllergicReaction, EscalationSpecifics.MeltedNearPower, EscalationSpecifics.MouldEaten, EscalationStories.FallAndHurt, EscalationStories.SlipperyFloor, EscalationStories.CouldHaveBeenHurt, EscalationStories.ClosedOnBody, EscalationStories.ForeignBodies, EscalationStories.FlamesAndWires, EscalationStories.ChildGearGaveWay, EscalationDefinitionCues.HarmfulThing]),
        (EscalationReasons.Health, [EscalationPatterns.Health, EscalationSituations.Medical, EscalationCircumstances.HealthAtStake, EscalationSpecifics.CareNeeds, EscalationStories.TreatmentAndPain, EscalationDefinitionCues.HighBloodPressure]),
        (EscalationReasons.Vulnerable, [EscalationPatterns.Vulnerable, EscalationSituations.Fragile, EscalationSpecifics.MobilityAids, EscalationStories.OwnDisability, EscalationDefinitionCues.UnderGuardianship]),
        (EscalationReasons.Legal, [EscalationPatterns.Legal, EscalationSituations.LegalSteps, EscalationCircumstances.PublicOrFormalSteps, EscalationSpecifics.RegulatorsAndBanks, EscalationSpecifics.BankUndoesCharge]),
        (EscalationReasons.Damage, [EscalationPatterns.Damage, EscalationPatterns.DamageAfterProperty, EscalationSituations.DamageDone, EscalationSituations.HarmByWorkers, EscalationCircumstances.PropertyDamaged, EscalationStories.DamageWhileWorking, EscalationStories.PropertyBroken, EscalationStories.PropertyFoundBroken, EscalationDefinitionCues.WorkerLeftMark]),
        (EscalationReasons.RepeatedContact, [EscalationPatterns.RepeatedContact, EscalationSituations.ContactAgain, EscalationCircumstances.PersistentContact, EscalationCircumstances.PersistentlyContacting, EscalationSpecifics.ContactsCounted, EscalationSpecifics.TimesContacted, EscalationSpecifics.ContactedTimes, EscalationSpecifics.CallbacksNeverCame, EscalationStories.ReportedTimes, EscalationStories.PromisedEveryTime, EscalationStories.CallbackDaysSlipped, EscalationDefinitionCues.AskedAgainAndAgain]),
        (EscalationReasons.Abuse, [EscalationPatterns.Abuse, EscalationSituations.Mistreated, EscalationCircumstances.UnwantedStaffAttention, EscalationCircumstances.StaffIgnoresRefusal, EscalationSpecifics.InsultReported, EscalationStories.ForceOrFilming]),
    ];

    /// <summary>The reasons found in <paramref name="text"/>, in the order of <see cref="EscalationReasons.All"/>; empty when none.</summary>
    public static IReadOnlyList<string> Classify(string text, double sentiment)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var reasons = new List<string>();
        foreach (var (reason, patterns) in Cues)
        {
            if (patterns.Any(p => p().IsMatch(folded)))
            {
                reasons.Add(reason);
            }
        }

        if (LeavesInAnger(text, folded, sentiment, reasons.Contains(EscalationReasons.Abuse)))
        {
            reasons.Add(EscalationReasons.ChurnAnger);
        }

        return [.. EscalationReasons.All.Where(reasons.Contains)];
    }

    /// <summary>
    /// Closing an account leaves on its own; other ways of leaving need anger. Telling everyone is both a way of leaving and
    /// a mark of anger, so it counts only beside another one of them ("I will tell everyone how lovely the staff were" is praise).
    /// </summary>
    private static bool LeavesInAnger(string text, string folded, double sentiment, bool abused)
    {
        if (EscalationSituations.Leaving().IsMatch(folded) || EscalationSpecifics.ClosingEverything().IsMatch(folded))
        {
            return true;
        }

        var angry = sentiment <= AngerThreshold || abused || EscalationPatterns.Anger().IsMatch(folded) || EscalationSituations.Indignation().IsMatch(folded)
            || EscalationCircumstances.Exasperation().IsMatch(folded) || EscalationChurn.AngerMarkers().IsMatch(folded) || EscalationStories.CheatedOrInsulted().IsMatch(folded)
            || text.Contains("!!", StringComparison.Ordinal) || text.Contains("??", StringComparison.Ordinal);
        var tellsEveryone = EscalationStories.TellingEveryone().IsMatch(folded);
        var leaves = EscalationPatterns.Churn().IsMatch(folded) || EscalationCircumstances.SwitchingAway().IsMatch(folded) || EscalationSpecifics.MovingElsewhere().IsMatch(folded)
            || EscalationChurn.Leaves().IsMatch(folded) || EscalationStories.CancelItNow().IsMatch(folded);
        return (leaves && (angry || tellsEveryone)) || (tellsEveryone && angry);
    }
}
