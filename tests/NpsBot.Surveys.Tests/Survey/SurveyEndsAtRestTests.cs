using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>
/// Issue 13 (disk): a survey keeps a dialog on the stack while it waits for an answer and none once it has ended. The
/// runner tells the store which (<c>TurnCommit.InDialog</c>), and the SQLite store files a conversation at rest with the
/// finished ones; a path that ended with a dialog left on the stack would keep its big state among the running ones.
/// </summary>
public sealed class SurveyEndsAtRestTests
{
    public static TheoryData<string[], string, string[]> Paths => new()
    {
        { ["8"], "Faster shipping", [K.PassiveThanks] },
        { ["10"], "The friendly staff", [K.PromoterInviteReview] },
        { ["3", "The delivery was two days late."], "About two days", [K.DetractorAcknowledge, K.DetractorThanks] },
    };

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_survey_waits_in_a_dialog_and_ends_at_rest(string[] answers, string lastAnswer, string[] lastReplies)
    {
        var transcript = new SurveyTranscript().Join();
        foreach (var answer in answers)
        {
            transcript.Send(answer);
        }

        await transcript.RunAsync();
        Assert.NotEmpty(transcript.State.Dialogs.DialogStack);

        await transcript.Send(lastAnswer).Expect(lastReplies).RunAsync();

        Assert.Empty(transcript.State.Dialogs.DialogStack);
    }
}
