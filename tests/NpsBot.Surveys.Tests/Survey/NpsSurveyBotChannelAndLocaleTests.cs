using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotChannelAndLocaleTests
{
    [Fact]
    public async Task A_spanish_customer_gets_the_whole_survey_in_spanish()
    {
        var transcript = new SurveyTranscript(locale: "es-MX", customerName: "María López");

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send("2").Expect(K.DetractorApology, K.DetractorAskReason)
            .Send("El envío llegó tarde otra vez").Expect("survey.detractor.follow-up.delivery")
            .Send("Tres días").Expect(K.DetractorAcknowledge, K.DetractorThanks)
            .RunAsync();

        Assert.Equal("es", transcript.Wording.Locale);
        Assert.Contains("María", transcript.AllReplies[0].Text, StringComparison.Ordinal);
        var response = Assert.Single(transcript.Responses);
        Assert.Contains("María", transcript.AllReplies[2].Text, StringComparison.Ordinal);
        Assert.Equal(("es-MX", 2, SurveyOutcomes.Completed), (response.Locale, response.Score, response.Outcome));
    }

    [Fact]
    public async Task A_spanish_customer_can_change_the_score_and_stop_in_spanish()
    {
        var transcript = new SurveyTranscript(locale: "es-ES");

        await transcript
            .Join()
            .Send("6")
            .Send("cambia mi puntuación a 8").Expect(K.ScoreChangeConfirm)
            .Send("sí").Expect(K.ScoreChanged, K.PassiveAskImprovement)
            .Send("parar").Expect(K.Stopped)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((SurveyOutcomes.Stopped, 8), (response.Outcome, response.Score));
    }

    [Fact]
    public async Task An_unknown_locale_gets_english()
    {
        var transcript = new SurveyTranscript(locale: "it-IT");

        await transcript.Join().RunAsync();

        Assert.Equal("en", transcript.Wording.Locale);
        Assert.True(WordingMatch.Matches(SurveyTranscript.Definitions.Wording.For("en"), K.AskScore, transcript.LastReplies[1].Text));
    }

    [Fact]
    public async Task A_plain_text_channel_gets_no_buttons_and_the_themes_as_a_numbered_list()
    {
        var transcript = new SurveyTranscript(channelId: "sms", themes: new FixedThemes("service"), recovery: new FakeRecoveryDesk());

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Expect(replies => Assert.All(replies, r => Assert.Null(r.SuggestedActions)))
            .Send("4").Send("Rude staff").Send("On the phone").Expect(K.ThemeConfirm)
            .RunAsync();

        var question = Assert.Single(transcript.LastReplies);
        Assert.Null(question.SuggestedActions);
        Assert.Equal(["1. Yes, that's it", "2. Delivery", "3. Price", "4. Other"], question.Text!.Split('\n')[1..]);
        Assert.All(transcript.AllReplies, r => Assert.Null(r.SuggestedActions));
    }

    [Fact]
    public async Task A_channel_with_three_buttons_gets_two_remedy_buttons_no_four_theme_buttons_and_the_score_scale_for_its_card()
    {
        var transcript = new SurveyTranscript(channelId: "msteams", themes: new FixedThemes("price"), recovery: new FakeRecoveryDesk());

        await transcript
            .Join().Expect(replies => Assert.Equal(11, replies[1].SuggestedActions!.Actions.Count))
            .Send("1").Send("Prices").Send("20% less").Expect(K.ThemeConfirm)
            .Expect(replies => Assert.Null(replies[0].SuggestedActions))
            .Send("1")
            .RunAsync();

        Assert.Equal(2, transcript.LastReplies[1].SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task A_plain_text_promoter_gets_the_review_link_in_the_text()
    {
        var transcript = new SurveyTranscript(channelId: "sms");

        await transcript.Join().Send("9").Send("Fast").Expect(K.PromoterInviteReview).RunAsync();

        var invitation = Assert.Single(transcript.LastReplies);
        Assert.Null(invitation.SuggestedActions);
        Assert.Contains(SurveyTranscript.Definitions.Survey.Review.DefaultUrl, invitation.Text, StringComparison.Ordinal);
    }
}
