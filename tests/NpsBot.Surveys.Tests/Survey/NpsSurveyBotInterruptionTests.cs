using NpsBot.Conversations.Activities;
using NpsBot.Surveys.Scoring;
using NpsBot.Surveys.Survey;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

public sealed class NpsSurveyBotInterruptionTests
{
    [Fact]
    public async Task Changing_the_score_within_the_category_keeps_the_branch_and_asks_again()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("3")
            .Send("actually make it a 5").Expect(K.ScoreChangeConfirm)
            .Expect(replies => Assert.Equal("Do you want to change your score from 3 to 5?", replies[0].Text))
            .Send("yes").Expect(K.ScoreChanged, K.DetractorAskReason)
            .Expect(replies => Assert.Contains("5", replies[0].Text, StringComparison.Ordinal))
            .Send("Too expensive").Expect("survey.detractor.follow-up.price")
            .Send("Half")
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((5, NpsCategory.Detractor), (response.Score, response.Category));
    }

    [Fact]
    public async Task Changing_the_score_to_another_category_reroutes_the_survey()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("3")
            .Send("Late delivery")
            .Send("change my score to 9").Expect(K.ScoreChangeConfirm)
            .Send("yes").Expect(K.ScoreChanged, K.PromoterThanks, K.PromoterAskLikeMost)
            .Send("Actually the products are great").Expect(K.PromoterInviteReview)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((9, NpsCategory.Promoter), (response.Score, response.Category));
        Assert.Equal("Actually the products are great", response.Reason);
        Assert.Null(response.FollowUpQuestion);
        Assert.Equal(SurveyOutcomes.Completed, response.Outcome);
    }

    [Fact]
    public async Task A_change_of_score_before_any_score_is_simply_the_answer()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("actually make it a 7").Expect(K.PassiveAskImprovement)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((7, SurveyOutcomes.InProgress), (response.Score, response.Outcome));
    }

    [Fact]
    public async Task Stop_ends_politely_and_records_the_score_given_so_far()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("2")
            .Send("stop").Expect(K.Stopped)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal(SurveyOutcomes.Stopped, response.Outcome);
        Assert.Equal((2, NpsCategory.Detractor), (response.Score, response.Category));
        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }

    [Fact]
    public async Task Without_recovery_asking_for_a_person_is_noted_without_a_promise_and_the_question_asked_again()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("3")
            .Send("I want to talk to a human").Expect(K.HumanRequested, K.DetractorAskReason)
            .Send("The parcel was late")
            .Send("a week")
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.True(response.WantsContact);
        Assert.Null(response.HandoffReason);
        Assert.Equal("The parcel was late", response.Reason);
    }

    [Fact]
    public async Task Stop_before_a_score_records_no_score()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send("quit").Expect(K.Stopped).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal(SurveyOutcomes.Stopped, response.Outcome);
        Assert.Null(response.Score);
        Assert.Null(response.Category);
    }

    [Fact]
    public async Task Two_unanswerable_replies_to_the_score_end_with_no_answer()
    {
        var transcript = new SurveyTranscript();

        await transcript
            .Join()
            .Send("pretty good I guess").Expect(K.AskScoreUnrecognized)
            .Expect(replies => Assert.Equal(11, replies[0].SuggestedActions!.Actions.Count))
            .Send("hard to say").Expect(K.AskScoreGaveUp)
            .RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal(SurveyOutcomes.NoAnswer, response.Outcome);
        Assert.Null(response.Score);
        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }

    [Theory]
    [InlineData("15", K.AskScoreOutOfRange)]
    [InlineData("7 or 8", K.AskScoreAmbiguous)]
    [InlineData("no idea", K.AskScoreUnrecognized)]
    public async Task A_reply_that_is_not_one_score_gets_a_retry_that_says_why(string reply, string retryKey)
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send(reply).Expect(retryKey).Send("8").Expect(K.PassiveAskImprovement).RunAsync();

        Assert.Equal(InputHints.ExpectingInput, transcript.AllReplies[2].InputHint);
        Assert.Equal(11, transcript.AllReplies[2].SuggestedActions!.Actions.Count);
    }

    [Fact]
    public async Task Help_explains_and_asks_the_pending_question_again()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send("help").Expect(K.Help, K.AskScore).Send("6").Expect(K.DetractorApology, K.DetractorAskReason).RunAsync();

        var response = Assert.Single(transcript.Responses);
        Assert.Equal((6, SurveyOutcomes.InProgress), (response.Score, response.Outcome));
    }
}
