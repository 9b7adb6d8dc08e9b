using NpsBot.Conversations.Activities;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotDetractorTests
{
    [Fact]
    public async Task Without_recovery_a_detractor_gets_an_apology_one_sharper_question_and_an_acknowledgement_in_the_bots_words_but_no_promise()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join().Expect(K.Greeting, K.AskScore)
            .Send("3").Expect(K.DetractorApology, K.DetractorAskReason)
            .Send("The delivery was two days late.").Expect("survey.detractor.follow-up.delivery")
            .Send("About two days, and it's the second time").Expect(K.DetractorAcknowledge, K.DetractorThanks)
            .Expect(replies => Assert.DoesNotContain(replies, r => r.Text!.Contains("two days", StringComparison.OrdinalIgnoreCase)))
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal(SurveyOutcomes.Completed, response.Outcome);
        Assert.Equal(3, response.Score);
        Assert.Equal(NpsCategory.Detractor, response.Category);
        Assert.Equal("The delivery was two days late.", response.Reason);
        Assert.True(WordingMatch.Matches(transcript.Wording, "survey.detractor.follow-up.delivery", response.FollowUpQuestion));
        Assert.Equal("About two days, and it's the second time", response.FollowUpAnswer);
        Assert.Null(response.WantsContact);
        Assert.Null(response.CaseKey);
    }

    [Theory]
    [InlineData("Way too expensive for what it is", "survey.detractor.follow-up.price")]
    [InlineData("The cashier was rude to me", "survey.detractor.follow-up.staff")]
    [InlineData("The app keeps crashing", "survey.detractor.follow-up.general")]
    [InlineData("The price went up and the parcel arrived late and delayed", "survey.detractor.follow-up.delivery")]
    public async Task The_follow_up_question_depends_on_what_the_reason_is_about(string reason, string expectedKey)
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("5")
            .Send(reason).Expect(expectedKey)
            .RunAsync();

        Assert.Equal(InputHints.ExpectingInput, Assert.Single(transcript.LastReplies).InputHint);
    }

    [Fact]
    public async Task Without_recovery_a_detractor_is_thanked_without_an_offer_of_contact()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("0")
            .Send("Nobody answered the phone")
            .Send("Three times").Expect(K.DetractorAcknowledge, K.DetractorThanks)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Null(response.WantsContact);
        Assert.Equal(SurveyOutcomes.Completed, response.Outcome);
        Assert.Equal(0, response.Score);
    }

    [Fact]
    public async Task The_theme_question_offers_the_themes_as_buttons_and_the_acknowledgement_accepts_input()
    {
        var transcript = new SurveyTranscript(themes: new FixedThemes("service"), recovery: new FakeRecoveryDesk());

        await transcript
            .Join()
            .Send("4")
            .Send("Rude staff")
            .Send("In store").Expect(K.ThemeConfirm)
            .Expect(replies => Assert.Equal(["Yes, that's it", "Delivery", "Price", "Other"], replies[0].SuggestedActions!.Actions.Select(a => a.Title)))
            .Send("Yes, that's it")
            .RunAsync();

        var (acknowledgement, question) = (transcript.LastReplies[0], transcript.LastReplies[1]);
        Assert.Equal("Sorry about the service, Ana.", acknowledgement.Text);
        Assert.Equal(InputHints.AcceptingInput, acknowledgement.InputHint);
        Assert.Null(acknowledgement.SuggestedActions);
        Assert.Equal(InputHints.ExpectingInput, question.InputHint);
        Assert.Equal(["Talk to a person", "No, thank you"], question.SuggestedActions!.Actions.Select(a => a.Title));
    }

    [Fact]
    public async Task An_unsure_theme_is_not_guessed_the_customer_picks_it_among_the_themes_likeliest_first()
    {
        var transcript = new SurveyTranscript(themes: new UnsureThemes("price", 0.35, "service"), recovery: new FakeRecoveryDesk());

        await transcript
            .Join()
            .Send("4")
            .Send("not happy at all")
            .Send("you know why").Expect(K.ThemeChoose)
            .Expect(replies => Assert.Equal(["Price", "Service", "Delivery", "Other"], replies[0].SuggestedActions!.Actions.Select(a => a.Title)))
            .Send("Service")
            .RunAsync();

        Assert.Equal("Sorry about the service, Ana.", transcript.LastReplies[0].Text);
    }

    [Theory]
    [InlineData(0.49, K.ThemeChoose)]
    [InlineData(0.5, K.ThemeConfirm)]
    public async Task The_threshold_below_which_the_customer_is_asked_is_configurable(double confidence, string expected)
    {
        var transcript = new SurveyTranscript(
            themes: new UnsureThemes("delivery", confidence, null), recovery: new FakeRecoveryDesk(), options: new SurveyOptions { ThemeAskBelow = 0.5 });

        await transcript.Join().Send("2").Send("meh").Send("that's all").Expect(expected).RunAsync();
    }

    /// <summary>A classifier that answers one theme with a low confidence and a runner-up.</summary>
    private sealed class UnsureThemes(string theme, double confidence, string? runnerUp) : Conversations.Language.IThemeClassifier
    {
        public Task<Conversations.Language.ThemeResult> ClassifyAsync(string complaint, string? locale, CancellationToken cancellationToken) =>
            Task.FromResult(new Conversations.Language.ThemeResult(theme, confidence, runnerUp, "test"));
    }
}
