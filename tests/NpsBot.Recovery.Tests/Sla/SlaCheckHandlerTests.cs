using NpsBot.Conversations.Work;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Sla;
using NpsBot.Recovery.Tests.Support;

namespace NpsBot.Recovery.Tests.Sla;

public sealed class SlaCheckHandlerTests
{
    [Fact]
    public async Task The_job_scheduled_at_a_deadline_asks_the_store_to_flag_that_clock_at_the_current_time()
    {
        var store = new RecordingCaseStore();
        var clock = new FakeClock(Times.TuesdayAfternoon);
        var request = SlaCheckHandler.Request("case-1", SlaClocks.FirstContact, Times.TuesdayAfternoon);

        await new SlaCheckHandler(store, clock).HandleAsync(new WorkItem(1, request.Kind, request.Payload, 1, request.DueAt), TestContext.Current.CancellationToken);

        Assert.Equal(("case.sla-check", "case|case-1"), (request.Kind, request.OrderKey));
        Assert.Equal(("case-1", SlaClocks.FirstContact, Times.TuesdayAfternoon), Assert.Single(store.Flags));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"caseKey\":\"case-1\",\"clock\":\"lunch\"}")]
    public async Task A_payload_it_cannot_read_is_a_permanent_failure(string payload)
    {
        var handler = new SlaCheckHandler(new RecordingCaseStore(), new FakeClock(Times.TuesdayAfternoon));

        await Assert.ThrowsAsync<WorkFailedPermanentlyException>(() =>
            handler.HandleAsync(new WorkItem(1, SlaCheckHandler.JobKind, payload, 1, Times.TuesdayAfternoon), TestContext.Current.CancellationToken));
    }

    private sealed class RecordingCaseStore : ICaseStore
    {
        public List<(string, string, DateTimeOffset)> Flags { get; } = [];

        public Task<bool> FlagOverdueAsync(string caseKey, string clock, DateTimeOffset at, CancellationToken cancellationToken)
        {
            Flags.Add((caseKey, clock, at));
            return Task.FromResult(true);
        }
    }
}
