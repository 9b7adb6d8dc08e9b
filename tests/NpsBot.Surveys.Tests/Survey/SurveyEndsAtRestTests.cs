using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 13 (disk): a survey keeps a dialog on the stack while it waits for an answer and none once it has ended. The
/// runner tells the store which (<c>TurnCommit.InDialog</c>), and the SQLite store files a conversation at rest with the
/// finished ones; a path that ended with a dialog left on the stack would keep its big state among the running ones.
/// </summary>
public sealed class SurveyEndsAtRestTests
{
    [Fact]
    public async Task A_passive_survey_waits_in_a_dialog_and_ends_at_rest()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send("8").Expect(K.PassiveAskImprovement).RunAsync();
        Assert.NotEmpty(transcript.State.Dialogs.DialogStack);
        await transcript.Send("Faster shipping").Expect(K.PassiveThanks).RunAsync();

        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }

    [Fact]
    public async Task A_promoter_survey_waits_in_a_dialog_and_ends_at_rest()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send("10").Expect(K.PromoterThanks, K.PromoterAskLikeMost).RunAsync();
        Assert.NotEmpty(transcript.State.Dialogs.DialogStack);
        await transcript.Send("The friendly staff").Expect(K.PromoterInviteReview).RunAsync();

        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }

    [Fact]
    public async Task A_detractor_survey_waits_in_a_dialog_and_ends_at_rest()
    {
        var transcript = new SurveyTranscript();

        await transcript.Join().Send("3").Send("The delivery was two days late.").Expect("survey.detractor.follow-up.delivery").RunAsync();
        Assert.NotEmpty(transcript.State.Dialogs.DialogStack);
        await transcript.Send("About two days").Expect(K.DetractorAcknowledge, K.DetractorThanks).RunAsync();

        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }
}
