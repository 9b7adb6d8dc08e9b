using NpsBot.Conversations.Work;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Tests.Responses;

public sealed class AbandonResponseHandlerTests
{
    [Fact]
    public async Task Every_answer_schedules_an_abandon_check_for_the_idle_time_after_it_and_the_end_schedules_none()
    {
        var transcript = new RecoveryTranscript();

        await transcript.JoinAsync();
        await transcript.SendAsync("3");
        var afterScore = transcript.Work.Count(w => w.Kind == AbandonResponseHandler.JobKind);
        await transcript.SendAsync("It was late");
        var lastAnswerAt = transcript.Clock.Now;

        Assert.Equal(1, afterScore);
        var abandon = transcript.Work.Last(w => w.Kind == AbandonResponseHandler.JobKind);
        Assert.Equal(lastAnswerAt + new SurveyOptions().AbandonAfter, abandon.DueAt);
        Assert.Contains(transcript.Response.ResponseKey, abandon.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_handler_asks_to_mark_the_response_abandoned_only_if_nothing_came_after_the_answer_that_scheduled_it()
    {
        var outcomes = new RecordingOutcomes();
        var clock = new FakeClock(Times.TuesdayAfternoon.AddMinutes(30));
        var request = AbandonResponseHandler.Request("r-1", Times.TuesdayAfternoon, Times.TuesdayAfternoon.AddMinutes(30));

        await new AbandonResponseHandler(outcomes, clock).HandleAsync(new WorkItem(7, request.Kind, request.Payload, 1, request.DueAt), TestContext.Current.CancellationToken);

        Assert.Equal(("r-1", Times.TuesdayAfternoon, clock.Now), Assert.Single(outcomes.Calls));
    }

    [Fact]
    public async Task A_payload_it_cannot_read_is_a_permanent_failure()
    {
        var handler = new AbandonResponseHandler(new RecordingOutcomes(), new FakeClock(Times.TuesdayAfternoon));

        await Assert.ThrowsAsync<WorkFailedPermanentlyException>(() =>
            handler.HandleAsync(new WorkItem(1, AbandonResponseHandler.JobKind, "{", 1, Times.TuesdayAfternoon), TestContext.Current.CancellationToken));
    }

    private sealed class RecordingOutcomes : IResponseOutcomes
    {
        public List<(string, DateTimeOffset, DateTimeOffset)> Calls { get; } = [];

        public Task<bool> MarkAbandonedAsync(string responseKey, DateTimeOffset lastAnswerAt, DateTimeOffset at, CancellationToken cancellationToken)
        {
            Calls.Add((responseKey, lastAnswerAt, at));
            return Task.FromResult(true);
        }
    }
}
