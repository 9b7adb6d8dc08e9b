using NpsBot.Conversations.Dialogs.Prompts;

namespace NpsBot.Surveys.Survey;

/// <summary>Every wording key the survey code uses; the loader checks that each locale has them all.</summary>
public static class SurveyKeys
{
    public const string Greeting = "survey.greeting";
    public const string GreetingAnonymous = "survey.greeting.anonymous";
    public const string AskScore = "survey.ask-score";
    public const string AskScoreUnrecognized = "survey.ask-score.unrecognized";
    public const string AskScoreOutOfRange = "survey.ask-score.out-of-range";
    public const string AskScoreAmbiguous = "survey.ask-score.ambiguous";
    public const string AskScoreOtherScale = "survey.ask-score.other-scale";
    public const string AskScoreGaveUp = "survey.ask-score.gave-up";
    public const string AskScoreReadBack = "survey.ask-score.read-back";
    public const string AnswerUnrecognized = "survey.answer.unrecognized";
    public const string AnswerGaveUp = "survey.answer.gave-up";
    public const string ScoreChanged = "survey.score-changed";
    public const string Stopped = "survey.stopped";
    public const string Help = "survey.help";
    public const string HumanRequested = "survey.human-requested";
    public const string AlreadyDone = "survey.already-done";
    public const string NotNow = "survey.not-now";
    public const string PersonalOnly = "survey.personal-only";
    public const string Restart = "survey.restart";
    public const string DetractorApology = "survey.detractor.apology";
    public const string DetractorAskReason = "survey.detractor.ask-reason";
    public const string DetractorAcknowledge = "survey.detractor.acknowledge";
    public const string DetractorThanks = "survey.detractor.thanks";
    public const string ThemeConfirm = "survey.theme.confirm";
    public const string ThemeConfirmUnrecognized = "survey.theme.confirm.unrecognized";
    public const string ThemeYes = "survey.theme.yes";
    public const string ThemeChoose = "survey.theme.choose";
    public const string RemedyOffer = "survey.remedy.offer";
    public const string RemedyOfferUnrecognized = "survey.remedy.offer.unrecognized";
    public const string RemedyNone = "survey.remedy.none";
    public const string HandoffInHours = "survey.handoff.in-hours";
    public const string HandoffOutOfHours = "survey.handoff.out-of-hours";
    public const string HandoffInHoursQueue = "survey.handoff.in-hours-queue";
    public const string RemedyUnavailable = "survey.remedy.unavailable";
    public const string ScoreChangeConfirm = "survey.score-change.confirm";
    public const string ScoreKept = "survey.score-kept";
    public const string PassiveAskImprovement = "survey.passive.ask-improvement";
    public const string PassiveThanks = "survey.passive.thanks";
    public const string PromoterThanks = "survey.promoter.thanks";
    public const string PromoterAskLikeMost = "survey.promoter.ask-like-most";
    public const string PromoterInviteReview = "survey.promoter.invite-review";
    public const string PromoterReviewButton = "survey.promoter.review-button";
    public const string FollowUpGreeting = "survey.follow-up.greeting";

    public static IReadOnlyList<string> All { get; } =
    [
        Greeting, GreetingAnonymous, AskScore, AskScoreUnrecognized, AskScoreOutOfRange, AskScoreAmbiguous, AskScoreOtherScale, AskScoreGaveUp, AskScoreReadBack, AnswerUnrecognized, AnswerGaveUp,
        ScoreChanged, ScoreChangeConfirm, ScoreKept, Stopped, Help, HumanRequested, AlreadyDone, NotNow, PersonalOnly, Restart,
        DetractorApology, DetractorAskReason, DetractorAcknowledge, DetractorThanks, ThemeConfirm, ThemeConfirmUnrecognized, ThemeYes, ThemeChoose,
        RemedyOffer, RemedyOfferUnrecognized, RemedyNone, HandoffInHours, HandoffOutOfHours, HandoffInHoursQueue, RemedyUnavailable, PassiveAskImprovement, PassiveThanks,
        PromoterThanks, PromoterAskLikeMost, PromoterInviteReview, PromoterReviewButton, FollowUpGreeting,
        .. ConfirmPrompt.WordingKeys,
        .. Handback.HandbackKeys.All,
    ];
}
