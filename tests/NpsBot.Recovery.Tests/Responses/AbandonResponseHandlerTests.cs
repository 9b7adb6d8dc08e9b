using NpsBot.Conversations.Work;
using NpsBot.Recovery.Tests.Support;
using NpsBot.Surveys.Responses;
using NpsBot.Surveys.Survey;

namespace NpsBot.Recovery.Tests.Responses;

public sealed class AbandonResponseHandlerTests
{
    [Fact]
    public async Task The_first_record_in_progress_queues_one_abandon_check_and_later_answers_none()
    {
        var transcript = new RecoveryTranscript();

        await transcript.JoinAsync();
        await transcript.SendAsync("3");
        var scoredAt = transcript.Clock.Now;
        await transcript.SendAsync("It was late");
        await transcript.SendAsync("The parcel came a week after the promised day");

        var abandon = Assert.Single(transcript.Work, w => w.Kind == AbandonResponseHandler.JobKind);
        Assert.Equal(scoredAt + new SurveyOptions().AbandonAfter, abandon.DueAt);
        Assert.Contains(transcript.Response.ResponseKey, abandon.Payload, StringComparison.Ordinal);
        Assert.Equal($"response|{transcript.Response.ResponseKey}", abandon.OrderKey);
    }

    [Fact]
    public async Task The_handler_asks_to_mark_the_response_abandoned_if_it_had_no_answer_for_the_idle_time()
    {
        var outcomes = new RecordingOutcomes();
        var clock = new FakeClock(Times.TuesdayAfternoon.AddMinutes(30));
        var options = new SurveyOptions { AbandonAfter = TimeSpan.FromMinutes(45) };
        var request = AbandonResponseHandler.Request("r-1", Times.TuesdayAfternoon.AddMinutes(30));

        await new AbandonResponseHandler(outcomes, options, clock).HandleAsync(new WorkItem(7, request.Kind, request.Payload, 1, request.DueAt), TestContext.Current.CancellationToken);

        Assert.Equal(("r-1", TimeSpan.FromMinutes(45), clock.Now), Assert.Single(outcomes.Calls));
    }

    [Fact]
    public async Task A_payload_it_cannot_read_is_a_permanent_failure()
    {
        var handler = new AbandonResponseHandler(new RecordingOutcomes(), new SurveyOptions(), new FakeClock(Times.TuesdayAfternoon));

        await Assert.ThrowsAsync<WorkFailedPermanentlyException>(() =>
            handler.HandleAsync(new WorkItem(1, AbandonResponseHandler.JobKind, "{", 1, Times.TuesdayAfternoon), TestContext.Current.CancellationToken));
    }

    private sealed class RecordingOutcomes : IResponseOutcomes
    {
        public List<(string, TimeSpan, DateTimeOffset)> Calls { get; } = [];

        public Task<bool> MarkAbandonedAsync(string responseKey, TimeSpan idleFor, DateTimeOffset at, CancellationToken cancellationToken)
        {
            Calls.Add((responseKey, idleFor, at));
            return Task.FromResult(true);
        }
    }
}
