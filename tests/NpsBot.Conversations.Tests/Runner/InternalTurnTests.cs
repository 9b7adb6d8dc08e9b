using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>The agent desk's internal turns (issue 9): run on the named conversation, addressed from its stored reference, and told apart from a client's.</summary>
public sealed class InternalTurnTests
{
    private readonly InMemoryTurnStore _store = new();

    private static Activity FromCustomer(string id) => new()
    {
        Type = ActivityTypes.Message, Id = id, ChannelId = "directline", Text = "hi", ServiceUrl = "https://channel.example/",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "customer-1", Name = "Ana" }, Recipient = new ChannelAccount { Id = "npsbot", Name = "NpsBot" },
    };

    [Fact]
    public async Task An_internal_turn_runs_on_the_stored_conversation_and_its_replies_go_to_the_customer()
    {
        var bot = new RecordingBot();
        var runner = new ConversationRunner(bot, _store, new NoRedaction(), TimeProvider.System, new KeyedGate());
        await runner.RunTurnAsync(FromCustomer("m1"), new TurnOrigin(KeySpaces.DirectLine), TestContext.Current.CancellationToken);
        var key = ConversationKeys.For(KeySpaces.DirectLine, "directline", "c1");

        var result = await runner.RunTurnAsync(
            new Activity { Type = ActivityTypes.Event, Id = "desk|msg|1", Name = "npsbot.agent.message" }, TurnOrigin.Internal(key), TestContext.Current.CancellationToken);

        Assert.Equal([false, true], bot.Internal);
        var reply = Assert.Single(result.Replies);
        Assert.Equal(("customer-1", "c1", "https://channel.example/"), (reply.Recipient?.Id, reply.Conversation?.Id, reply.ServiceUrl));
        Assert.Equal(("npsbot", "Maria"), (reply.From?.Id, reply.From?.Name));
        Assert.Equal(key, _store.Commits[^1].ConversationKey);
    }

    [Fact]
    public async Task The_same_event_from_an_endpoint_is_not_internal()
    {
        var bot = new RecordingBot();
        var runner = new ConversationRunner(bot, _store, new NoRedaction(), TimeProvider.System, new KeyedGate());

        await runner.RunTurnAsync(
            FromCustomer("e1") with { Type = ActivityTypes.Event, Name = "npsbot.agent.message" }, new TurnOrigin(KeySpaces.DirectLine), TestContext.Current.CancellationToken);

        Assert.Equal([false], bot.Internal);
    }

    [Fact]
    public async Task Observers_hear_of_the_committed_turn_with_the_mode_before_and_after()
    {
        var observer = new RecordingObserver();
        var runner = new ConversationRunner(new RecordingBot(), _store, new NoRedaction(), TimeProvider.System, new KeyedGate(), observers: [observer]);

        await runner.RunTurnAsync(FromCustomer("m1"), new TurnOrigin(KeySpaces.DirectLine), TestContext.Current.CancellationToken);

        var turn = Assert.Single(observer.Turns);
        Assert.Equal((ConversationModes.Bot, ConversationModes.Agent, false), (turn.PreviousMode, turn.Mode, turn.IsInternal));
    }

    [Fact]
    public async Task An_inbound_line_is_marked_when_its_sender_is_the_previous_inbound_lines()
    {
        var runner = new ConversationRunner(new RecordingBot(), _store, new NoRedaction(), TimeProvider.System, new KeyedGate());
        var ct = TestContext.Current.CancellationToken;
        var key = ConversationKeys.For(KeySpaces.DirectLine, "directline", "c1");

        await runner.RunTurnAsync(FromCustomer("m1"), new TurnOrigin(KeySpaces.DirectLine), ct);
        await runner.RunTurnAsync(FromCustomer("m2"), new TurnOrigin(KeySpaces.DirectLine), ct);
        await runner.RunTurnAsync(new Activity { Type = ActivityTypes.Event, Id = "desk|msg|1", Name = "npsbot.agent.message" }, TurnOrigin.Internal(key), ct);
        await runner.RunTurnAsync(FromCustomer("m3") with { From = new ChannelAccount { Id = "customer-1", Name = "Ana Lima" } }, new TurnOrigin(KeySpaces.DirectLine), ct);
        await runner.RunTurnAsync(FromCustomer("m4") with { From = new ChannelAccount { Id = "customer-1", Name = "Ana Lima" } }, new TurnOrigin(KeySpaces.DirectLine), ct);
        await runner.RunTurnAsync(FromCustomer("m5") with { From = null }, new TurnOrigin(KeySpaces.DirectLine), ct);
        await runner.RunTurnAsync(FromCustomer("m6") with { From = null }, new TurnOrigin(KeySpaces.DirectLine), ct);

        var inbound = _store.Commits.Select(commit => commit.Transcript[0]).ToList();
        Assert.Equal(["m1", "m2", "desk|msg|1", "m3", "m4", "m5", "m6"], inbound.Select(line => line.ActivityId));
        Assert.Equal([false, true, true, false, true, false, false], inbound.Select(line => line.SenderUnchanged));
        Assert.Equal("customer-1", inbound[2].FromId);
        Assert.All(_store.Commits.SelectMany(commit => commit.Transcript.Skip(1)), reply => Assert.False(reply.SenderUnchanged));
    }

    /// <summary>Switches to agent mode on a customer's message; answers an internal turn with a message under an agent's name.</summary>
    private sealed class RecordingBot : IBot
    {
        public List<bool> Internal { get; } = [];

        public Task OnTurnAsync(TurnContext turn, CancellationToken cancellationToken)
        {
            Internal.Add(turn.IsInternal);
            if (turn.IsInternal)
            {
                turn.Send(new Activity { Type = ActivityTypes.Message, Text = "Hello from Maria", From = new ChannelAccount { Name = "Maria" } });
            }
            else
            {
                turn.State.Mode = ConversationModes.Agent;
            }

            return Task.CompletedTask;
        }
    }

    private sealed class RecordingObserver : ITurnObserver
    {
        public List<CommittedTurn> Turns { get; } = [];

        public Task TurnCommittedAsync(CommittedTurn turn, CancellationToken cancellationToken)
        {
            Turns.Add(turn);
            return Task.CompletedTask;
        }

        public Task CustomerTypingAsync(string conversationKey, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
