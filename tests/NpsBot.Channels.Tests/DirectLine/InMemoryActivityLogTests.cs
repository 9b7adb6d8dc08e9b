using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class InMemoryActivityLogTests
{
    private readonly ManualClock _clock = new();
    private readonly InMemoryActivityLog _log;

    public InMemoryActivityLogTests()
    {
        var options = new DirectLineOptions { ConversationIdleExpiry = TimeSpan.FromMinutes(10), MaxActivitiesPerConversation = 10 };
        _log = new InMemoryActivityLog(Options.Create(options), _clock);
    }

    [Fact]
    public async Task Appended_activities_get_sequential_ids_watermarks_and_timestamps_that_never_go_back()
    {
        await _log.TryCreateAsync(Conversation("c1"), TestContext.Current.CancellationToken);

        var stored = (await _log.AppendAsync("c1", [Message("a"), Message("b")], TestContext.Current.CancellationToken))!;

        Assert.Equal(["c1|0000001", "c1|0000002"], stored.Select(activity => activity.Id));
        Assert.True(stored[1].Timestamp > stored[0].Timestamp);
        var set = await _log.ReadAsync("c1", 1, 100, TestContext.Current.CancellationToken);
        Assert.Equal("b", Assert.Single(set!.Activities).Text);
        Assert.Equal("2", set.Watermark);
    }

    [Fact]
    public async Task A_conversation_idle_longer_than_the_expiry_is_removed_and_its_listeners_are_told()
    {
        await _log.TryCreateAsync(Conversation("idle"), TestContext.Current.CancellationToken);
        await _log.TryCreateAsync(Conversation("busy"), TestContext.Current.CancellationToken);
        var signals = new List<StreamSignal>();
        using var subscription = _log.Subscribe("idle", signals.Add);
        _clock.Advance(TimeSpan.FromMinutes(8));
        await _log.AppendAsync("busy", [Message("still here")], TestContext.Current.CancellationToken);
        _clock.Advance(TimeSpan.FromMinutes(3));

        var removed = _log.RemoveIdle();

        Assert.Equal(1, removed);
        Assert.Null(await _log.FindAsync("idle", TestContext.Current.CancellationToken));
        Assert.NotNull(await _log.FindAsync("busy", TestContext.Current.CancellationToken));
        Assert.Equal([StreamSignal.Ended], signals);
    }

    [Fact]
    public async Task Only_the_newest_activities_are_kept_past_the_limit()
    {
        await _log.TryCreateAsync(Conversation("long"), TestContext.Current.CancellationToken);

        await _log.AppendAsync("long", Enumerable.Range(1, 15).Select(n => Message($"m{n}")).ToList(), TestContext.Current.CancellationToken);

        var set = await _log.ReadAsync("long", 0, 100, TestContext.Current.CancellationToken);
        Assert.Equal(10, set!.Activities.Count);
        Assert.Equal("m6", set.Activities[0].Text);
        Assert.Equal("15", set.Watermark);
    }

    [Fact]
    public async Task Creating_an_existing_conversation_answers_false()
    {
        await _log.TryCreateAsync(Conversation("c1"), TestContext.Current.CancellationToken);

        var created = await _log.TryCreateAsync(Conversation("c1"), TestContext.Current.CancellationToken);

        Assert.False(created);
    }

    private DirectLineConversation Conversation(string id) => new(id, new ChannelAccount { Id = "dl_user" }, _clock.GetUtcNow());

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
