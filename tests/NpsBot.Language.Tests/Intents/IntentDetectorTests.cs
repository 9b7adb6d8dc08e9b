using NpsBot.Conversations.Language;
using NpsBot.Language.Intents;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Tests.Intents;

public sealed class IntentDetectorTests
{
    private readonly IntentDetector _detector = new(new ScoreRecognizer());

    [Theory]
    [InlineData("STOP")]
    [InlineData("unsubscribe")]
    [InlineData("Cancel")]
    [InlineData("END")]
    [InlineData("quit")]
    [InlineData("STOPALL")]
    [InlineData("baja")]
    [InlineData("arrêt")]
    [InlineData("Abmelden")]
    [InlineData("parar")]
    [InlineData("afmelden")]
    [InlineData("please stop texting me")]
    [InlineData("dejen de escribirme")]
    public void Opt_out_keywords_and_phrases_are_stop(string text)
    {
        var result = _detector.Detect(text, null);

        Assert.True(result.Has(Intent.Stop));
    }

    [Theory]
    [InlineData("I want to cancel my subscription because it is too expensive")]
    [InlineData("the delivery didn't end well")]
    public void A_keyword_inside_a_complaint_is_not_an_opt_out(string text)
    {
        var result = _detector.Detect(text, "en");

        Assert.False(result.Has(Intent.Stop));
    }

    [Theory]
    [InlineData("I want to talk to a human")]
    [InlineData("can I speak to your manager")]
    [InlineData("please call me back")]
    [InlineData("I want a refund, get me a manager")]
    [InlineData("agent")]
    [InlineData("quiero hablar con una persona")]
    [InlineData("je veux parler à un conseiller")]
    [InlineData("ich möchte mit einem Mitarbeiter sprechen")]
    [InlineData("quero falar com um atendente")]
    [InlineData("ik wil iemand spreken, bel me")]
    public void Asking_for_a_person_is_human(string text)
    {
        var result = _detector.Detect(text, null);

        Assert.True(result.Has(Intent.Human));
    }

    [Fact]
    public void Mentioning_an_agent_in_a_complaint_is_not_asking_for_one()
    {
        var result = _detector.Detect("The agent was rude to me", "en");

        Assert.False(result.Has(Intent.Human));
    }

    [Theory]
    [InlineData("actually 7", 7)]
    [InlineData("en fait 9", 9)]
    [InlineData("eigentlich eine 8", 8)]
    [InlineData("change my score to 6", 6)]
    public void A_correction_with_a_new_score_is_change_score(string text, int score)
    {
        var result = _detector.Detect(text, null);

        Assert.True(result.Has(Intent.ChangeScore));
        Assert.Equal(score, result.NewScore);
    }

    [Fact]
    public void Actually_without_a_score_is_not_a_change()
    {
        var result = _detector.Detect("actually the parcel came", "en");

        Assert.False(result.Has(Intent.ChangeScore));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("?")]
    [InlineData("what is this?")]
    [InlineData("ayuda")]
    [InlineData("wat is dit?")]
    public void Asking_what_this_is_is_help(string text)
    {
        var result = _detector.Detect(text, null);

        Assert.True(result.Has(Intent.Help));
    }

    [Fact]
    public void A_plain_answer_has_no_cue()
    {
        var result = _detector.Detect("8, the delivery was fine", "en");

        Assert.Empty(result.Intents);
    }
}
