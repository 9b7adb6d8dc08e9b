using NpsBot.Language.Escalation;
using NpsBot.Language.Sentiment;
using NpsBot.Language.Text;

namespace NpsBot.Language.Tests.Escalation;

/// <summary>
/// <see cref="EscalationSecondChance"/>: broad harm, illness and leaving words escalate when no cue did, behind the
/// sentiment gate; words that are ordinary in another language, "never again" and unsubscribing stay quiet.
/// </summary>
public sealed class EscalationSecondChanceTests
{
    [Theory]
    [InlineData("the kettle lid flew off and there was blood everywhere", "safety")]
    [InlineData("la lampe a fait des étincelles dans la chambre des enfants", "safety")]
    [InlineData("nach dem Essen war mir zwei Tage krank", "health")]
    [InlineData("el jarabe me dio fiebre", "health")]
    [InlineData("ik kreeg koorts van de siroop", "health")]
    public void A_broad_word_escalates_when_no_cue_did(string text, string reason) =>
        Assert.Equal([reason], EscalationClassifier.Classify(text, 0));

    [Fact]
    public void A_cue_reason_is_kept_and_the_second_tier_adds_nothing() =>
        Assert.Equal([EscalationReasons.PersonRequested], EscalationClassifier.Classify("I want a manager to ring me about my cancelled order", 0));

    [Theory]
    [InlineData(0.5, -0.1, null)]
    [InlineData(-0.3, -0.1, "safety")]
    [InlineData(0.5, 1.0, "safety")]
    public void The_gate_holds_back_a_complaint_that_is_not_negative_enough(double sentiment, double gate, string? expected) =>
        Assert.Equal(expected, EscalationSecondChance.Reason(TextFolding.Fold("blood on the counter"), sentiment, gate));

    [Theory]
    [InlineData("vou sair dessa operadora", -0.5, "churn_anger")]
    [InlineData("vou sair dessa operadora, que absurdo", 0.0, "churn_anger")]
    [InlineData("vou sair dessa operadora", 0.0, null)]
    [InlineData("ik heb mijn account verwijderd", 0.0, null)]
    public void Leaving_words_need_anger_whatever_the_gate(string text, double sentiment, string? expected) =>
        Assert.Equal(expected, EscalationSecondChance.Reason(TextFolding.Fold(text), sentiment, 1.0));

    [Fact]
    public void An_anger_word_opens_the_gate_whatever_the_sentiment() =>
        Assert.Equal(EscalationReasons.Safety, EscalationSecondChance.Reason(TextFolding.Fold("blood on the counter, disgraceful"), 0.5, -2));

    [Theory]
    [InlineData("viel zu teuer für so wenig")]
    [InlineData("die Schuhe fallen klein aus")]
    [InlineData("o reembolso ainda não caiu")]
    [InlineData("never again, the jumper shrank")]
    [InlineData("unsubscribe doesn't stop the newsletters")]
    public void Ordinary_words_of_another_language_and_labelled_non_escalations_stay_quiet(string text) =>
        Assert.Empty(new SentimentAnalyzer().Analyze(text, null).Reasons);
}
