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

    private static readonly string[] AngryPunctuation = ["!!", "??", "?!", "!?"];

    // Leaving on its own, a way of leaving, and a mark of anger: each one alternation, like the reasons' cues.
    private static readonly CueGroup LeavingOnItsOwn = AnyOf(EscalationSituations.Leaving, EscalationSpecifics.ClosingEverything);
    private static readonly CueGroup WaysOfLeaving = AnyOf(EscalationPatterns.Churn, EscalationCircumstances.SwitchingAway, EscalationSpecifics.MovingElsewhere,
        EscalationChurn.Leaves, EscalationStories.CancelItNow, EscalationChurn.LeavesWithAnObject, EscalationConductKinds.LeavesPlainly, EscalationLeavingDone.Done, EscalationSentAndSaid.LeavingThisPlace, EscalationAskedAndNamed.NotRenewingOrNeverAgain, EscalationLeavingInOtherWords.Leaves);
    private static readonly CueGroup MarksOfAnger = AnyOf(EscalationPatterns.Anger, EscalationSituations.Indignation, EscalationCircumstances.Exasperation,
        EscalationChurn.AngerMarkers, EscalationStories.CheatedOrInsulted, EscalationChurn.AngerIdioms, EscalationConductKinds.Contempt, EscalationLeavingDone.Scorn, EscalationSentAndSaid.RageSaid, EscalationAskedAndNamed.AngerAccused, EscalationLeavingInOtherWords.Insults);

    private static readonly (string Reason, Func<Regex>[] Patterns)[] CuePatterns =
    [
        (EscalationReasons.PersonRequested, [EscalationPatterns.PersonRequested, EscalationSituations.PersonWanted, EscalationCircumstances.CallRequested, EscalationSpecifics.SomeoneOnThePhone, EscalationStories.TerseDemand, EscalationStories.RoleDemanded, EscalationStories.RoleDemandedElsewhere, EscalationStories.SomeoneToCall, EscalationDefinitionCues.SpeakWithSomeoneInCharge, EscalationWiderWording.SomeoneReal, EscalationConductKinds.DutyManagerOrHuman, EscalationSentAndSaid.CalledByAHuman, EscalationAskedAndNamed.RoleAskedFor, EscalationAskedAndNamed.MoreRolesAskedFor]),
        (EscalationReasons.Safety, [EscalationPatterns.Safety, EscalationSituations.Hazards, EscalationSituations.ChildInDanger, EscalationSituations.HazardNearChild, EscalationCircumstances.Mishap, EscalationSpecifics.NearMiss, EscalationSpecifics.AllergicReaction, EscalationSpecifics.MeltedNearPower, EscalationSpecifics.MouldEaten, EscalationStories.FallAndHurt, EscalationStories.SlipperyFloor, EscalationStories.CouldHaveBeenHurt, EscalationStories.ClosedOnBody, EscalationStories.ForeignBodies, EscalationStories.FlamesAndWires, EscalationStories.ChildGearGaveWay, EscalationDefinitionCues.HarmfulThing, EscalationWiderWording.HazardsTold, EscalationWiderWording.DevicesAndBodiesHarmed, EscalationHarmKinds.VehicleNearMiss, EscalationHarmKinds.InjuryTold, EscalationHarmKinds.GasOrBurning, EscalationHarmKinds.GaveWayOrSwelled, EscalationOutcomesTold.NearMissOrDeviceHazard, EscalationHappenedTo.PartFlewOrNearHit, EscalationHappenedTo.SomeoneCut, EscalationHappenedTo.GasLeftOrSmelt, EscalationAskedAndNamed.BeganToSmoulder, EscalationTradesAndNearMisses.NearMissOrLooseRail]),
        (EscalationReasons.Health, [EscalationPatterns.Health, EscalationSituations.Medical, EscalationCircumstances.HealthAtStake, EscalationSpecifics.CareNeeds, EscalationStories.TreatmentAndPain, EscalationDefinitionCues.HighBloodPressure, EscalationWiderWording.CareAtStake, EscalationHarmKinds.CareThatCannotWait, EscalationOutcomesTold.IllnessOutcome, EscalationHappenedTo.IllnessOrCollapse, EscalationAskedAndNamed.IllFromProduct, EscalationBodiesAndConditions.SpaWaterOrBedbugs]),
        (EscalationReasons.Vulnerable, [EscalationPatterns.Vulnerable, EscalationSituations.Fragile, EscalationSpecifics.MobilityAids, EscalationStories.OwnDisability, EscalationDefinitionCues.UnderGuardianship, EscalationHarmKinds.ConditionOfSomeone, EscalationOutcomesTold.IntellectualDisability, EscalationSentAndSaid.NeurologicalCondition, EscalationAskedAndNamed.ConditionNamed, EscalationAskedAndNamed.Bereaved, EscalationBodiesAndConditions.PoorEyesight]),
        (EscalationReasons.Legal, [EscalationPatterns.Legal, EscalationSituations.LegalSteps, EscalationCircumstances.PublicOrFormalSteps, EscalationSpecifics.RegulatorsAndBanks, EscalationSpecifics.BankUndoesCharge, EscalationWiderWording.FormalSteps, EscalationHarmKinds.PoliceOrFraudReport, EscalationOutcomesTold.ConsumerOffices, EscalationSentAndSaid.ChargebackNamedOtherwise, EscalationAskedAndNamed.RegulatorsNamed, EscalationBodiesAndConditions.BuyerProtectionOrAssociation]),
        (EscalationReasons.Damage, [EscalationPatterns.Damage, EscalationPatterns.DamageAfterProperty, EscalationSituations.DamageDone, EscalationSituations.HarmByWorkers, EscalationCircumstances.PropertyDamaged, EscalationStories.DamageWhileWorking, EscalationStories.PropertyBroken, EscalationStories.PropertyFoundBroken, EscalationDefinitionCues.WorkerLeftMark, EscalationWiderWording.DamageAtTheirPlaceOrVehicle, EscalationWiderWording.DamageDenied, EscalationConductKinds.StaffOrVehicleHitProperty, EscalationConductKinds.PipeOrFlood, EscalationOutcomesTold.DamageByVerb, EscalationSentAndSaid.CrackedOrHoled, EscalationAskedAndNamed.WorkersBrokeIt, EscalationTradesAndNearMisses.DamagedByTrades, EscalationTradesAndNearMisses.CourierDamagedTheHome]),
        (EscalationReasons.RepeatedContact, [EscalationPatterns.RepeatedContact, EscalationSituations.ContactAgain, EscalationCircumstances.PersistentContact, EscalationCircumstances.PersistentlyContacting, EscalationSpecifics.ContactsCounted, EscalationSpecifics.TimesContacted, EscalationSpecifics.ContactedTimes, EscalationSpecifics.CallbacksNeverCame, EscalationStories.ReportedTimes, EscalationStories.PromisedEveryTime, EscalationStories.CallbackDaysSlipped, EscalationDefinitionCues.AskedAgainAndAgain, EscalationWiderWording.NobodyCameBack, EscalationConductKinds.ContactsPastCounting, EscalationOutcomesTold.LettersAndComplaintsCounted, EscalationSentAndSaid.SentTimes, EscalationSentAndSaid.PromisesOrTicketsCounted, EscalationAskedAndNamed.PromisesCounted, EscalationBodiesAndConditions.ReportedOnThreeDates]),
        (EscalationReasons.Abuse, [EscalationPatterns.Abuse, EscalationSituations.Mistreated, EscalationCircumstances.UnwantedStaffAttention, EscalationCircumstances.StaffIgnoresRefusal, EscalationSpecifics.InsultReported, EscalationStories.ForceOrFilming, EscalationWiderWording.InsultsAndPressure, EscalationConductKinds.FollowedOrMocked, EscalationConductKinds.HarassedThreatenedOrAfraid, EscalationOutcomesTold.Slurs, EscalationSentAndSaid.InsultsReported, EscalationAskedAndNamed.NameCalledOrSworeAt, EscalationRemarksQuoted.DiscriminatoryRemark]),
    ];

    private static readonly PrefilteredRegex TellingEveryone = PrefilteredRegex.Of(EscalationStories.TellingEveryone);

    // Declared after CuePatterns: static fields are initialised in the order they are written.
    private static readonly (string Reason, CueGroup Cue)[] Cues = [.. CuePatterns.Select(c => (c.Reason, AnyOf(c.Patterns)))];

    /// <summary>
    /// A reason's cue patterns, each run only on texts that hold its required literals (<see cref="PrefilteredRegex"/>);
    /// any match is enough. Until perf15 the cues were joined into non-backtracking alternations (one or two cues each: most
    /// are near that engine's 10,000-node limit) and every one of them scanned every complaint, building automaton states
    /// for each new text: 0.6 ms a complaint at first sight, 88 µs warm, and seconds of start-up to build them all.
    /// Whether a text matches does not depend on how the cues are grouped, so the decisions are the same (perf15 checked
    /// every evaluation line).
    /// </summary>
    private static CueGroup AnyOf(params Func<Regex>[] patterns) => new([.. patterns.Select(PrefilteredRegex.Of)]);

    /// <summary>One reason's cues; any match is enough.</summary>
    private sealed record CueGroup(PrefilteredRegex[] Cues)
    {
        public bool IsMatch(CueText folded)
        {
            // A loop rather than Array.Exists with a lambda (perf17: a closure per group and call).
            foreach (var cue in Cues)
            {
                if (cue.IsMatch(folded))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The reasons found in <paramref name="text"/>, in the order of <see cref="EscalationReasons.All"/>; empty when none.</summary>
    public static IReadOnlyList<string> Classify(string text, double sentiment) =>
        Classify(text, sentiment, EscalationSecondChance.SentimentAtMost);

    /// <summary>
    /// As <see cref="Classify(string, double)"/>, with the second tier's sentiment gate given (null: no second tier), so
    /// that leave-one-batch-out can choose it on the training batches (<see cref="Evaluation.EscalationLeaveOneOut"/>).
    /// </summary>
    public static IReadOnlyList<string> Classify(string text, double sentiment, double? secondChanceAtMost) =>
        Read(text, sentiment, secondChanceAtMost).Reasons;

    /// <summary>
    /// The reasons of <see cref="Classify(string, double)"/> and whether a phrase named without being meant was blanked
    /// (<see cref="EscalationNotMeant"/>; the escalation model stays out of such a text): one folding and one blanking of
    /// the text for both (perf16: the live decision read them twice).
    /// </summary>
    public static CueReading Read(string text, double sentiment) => Read(text, sentiment, EscalationSecondChance.SentimentAtMost);

    /// <summary>
    /// As <see cref="Read(string, double)"/> with <paramref name="folded"/> = <c>TextFolding.Fold(text)</c> already made by
    /// the caller (perf17: the sentiment analyzer folds the text for its own words).
    /// </summary>
    public static CueReading Read(string text, string folded, double sentiment)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folded);
        return Read(text, folded, sentiment, EscalationSecondChance.SentimentAtMost);
    }

    private static CueReading Read(string text, double sentiment, double? secondChanceAtMost)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Read(text, TextFolding.Fold(text), sentiment, secondChanceAtMost);
    }

    private static CueReading Read(string text, string foldedText, double sentiment, double? secondChanceAtMost)
    {
        // Phrases that name a reason's word without meaning it (a legal route declined, the hospital's car park) are blanked first.
        var unblanked = CueText.Of(foldedText);
        var folded = EscalationNotMeant.Blank(unblanked);
        var blanked = !string.Equals(folded.Text, unblanked.Text, StringComparison.Ordinal);
        var reasons = new List<string>();
        foreach (var (reason, cue) in Cues)
        {
            if (cue.IsMatch(folded))
            {
                reasons.Add(reason);
            }
        }

        if (!reasons.Contains(EscalationReasons.Safety) && EscalationHappenedTo.ChildGearGaveWay(folded))
        {
            reasons.Add(EscalationReasons.Safety);
        }

        if (LeavesInAnger(text, folded, sentiment, reasons.Contains(EscalationReasons.Abuse)))
        {
            reasons.Add(EscalationReasons.ChurnAnger);
        }

        if (reasons.Count == 0 && secondChanceAtMost is { } atMost && EscalationSecondChance.Reason(folded, sentiment, atMost) is { } second)
        {
            reasons.Add(second);
        }

        return new CueReading([.. EscalationReasons.All.Where(reasons.Contains)], blanked);
    }

    /// <summary>
    /// Closing an account leaves on its own; other ways of leaving need anger. Telling everyone is both a way of leaving and
    /// a mark of anger, so it counts only beside another one of them ("I will tell everyone how lovely the staff were" is praise).
    /// </summary>
    private static bool LeavesInAnger(string text, CueText folded, double sentiment, bool abused)
    {
        if (LeavingOnItsOwn.IsMatch(folded))
        {
            return true;
        }

        var leaves = WaysOfLeaving.IsMatch(folded);
        var tellsEveryone = TellingEveryone.IsMatch(folded);
        if (!leaves && !tellsEveryone)
        {
            return false;
        }

        var angry = sentiment <= AngerThreshold || abused || MarksOfAnger.IsMatch(folded) || AngryPunctuation.Any(mark => text.Contains(mark, StringComparison.Ordinal));
        return angry || (leaves && tellsEveryone);
    }
}
