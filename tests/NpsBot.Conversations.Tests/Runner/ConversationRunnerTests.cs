using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

public sealed class ConversationRunnerTests
{
    private readonly InMemoryTurnStore _store = new();
    private readonly CountingBot _bot = new();

    private static readonly TurnOrigin Origin = new(KeySpaces.BotFramework);

    private ConversationRunner Runner() => new(_bot, _store, new NoRedaction(), TimeProvider.System, new KeyedGate());

    internal static Activity Message(string id, string conversation = "c1", string text = "hi") => new()
    {
        Type = ActivityTypes.Message, Id = id, ChannelId = "test", Text = text,
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "user" }, Recipient = new ChannelAccount { Id = "bot" },
    };

    [Fact]
    public async Task State_carries_over_from_one_turn_to_the_next()
    {
        var runner = Runner();

        await runner.RunTurnAsync(Message("1"), Origin, TestContext.Current.CancellationToken);
        var second = await runner.RunTurnAsync(Message("2"), Origin, TestContext.Current.CancellationToken);

        Assert.Equal("count 2", second.Replies.Single().Text);
    }

    [Fact]
    public async Task A_commit_says_whether_the_turn_leaves_a_dialog_waiting_for_the_customer()
    {
        var runner = Runner();

        string[] texts = ["hi", "ask", "more", "answer"];
        for (var i = 0; i < texts.Length; i++)
        {
            await runner.RunTurnAsync(Message($"m{i}", text: texts[i]), Origin, TestContext.Current.CancellationToken);
        }

        Assert.Equal([false, true, true, false], _store.Commits.Select(commit => commit.InDialog));
    }

    [Fact]
    public async Task An_activity_sent_twice_is_processed_once_and_answered_with_the_same_replies()
    {
        var runner = Runner();

        var first = await runner.RunTurnAsync(Message("same"), Origin, TestContext.Current.CancellationToken);
        var again = await runner.RunTurnAsync(Message("same"), Origin, TestContext.Current.CancellationToken);

        Assert.False(first.Duplicate);
        Assert.True(again.Duplicate);
        Assert.Equal(first.Replies.Single().Text, again.Replies.Single().Text);
        Assert.Equal(1, _bot.Calls);
        Assert.Single(_store.Commits);
    }

    [Fact]
    public async Task Messages_of_one_conversation_sent_at_once_lose_no_update()
    {
        var runner = Runner();

        await Task.WhenAll(Enumerable.Range(0, 50).Select(i => runner.RunTurnAsync(Message($"m{i}"), Origin, TestContext.Current.CancellationToken)));

        var last = await runner.RunTurnAsync(Message("last"), Origin, TestContext.Current.CancellationToken);
        Assert.Equal("count 51", last.Replies.Single().Text);
    }

    [Fact]
    public async Task A_version_conflict_reruns_the_turn_on_fresh_state()
    {
        var runner = Runner();
        await runner.RunTurnAsync(Message("1"), Origin, TestContext.Current.CancellationToken);
        var conflicted = false;
        _store.BeforeCommit = commit =>
        {
            if (!conflicted)
            {
                conflicted = true;
                _store.WriteBehindTheRunnersBack(commit.ConversationKey);
            }
        };

        var result = await runner.RunTurnAsync(Message("2"), Origin, TestContext.Current.CancellationToken);

        Assert.Equal(3, _bot.Calls);
        Assert.Equal("count 2", result.Replies.Single().Text);
        Assert.Equal(2, _store.Commits.Count);
    }

    [Fact]
    public async Task Replies_are_addressed_to_the_sender_and_stamped_and_the_turn_is_transcribed()
    {
        var runner = Runner();

        var result = await runner.RunTurnAsync(Message("1", text: "hello"), Origin, TestContext.Current.CancellationToken);

        var reply = result.Replies.Single();
        Assert.Equal("user", reply.Recipient!.Id);
        Assert.Equal("1", reply.ReplyToId);
        Assert.NotNull(reply.Timestamp);
        var commit = _store.Commits.Single();
        Assert.Equal(["in", "out"], commit.Transcript.Select(entry => entry.Direction));
        Assert.Equal("hello", commit.Transcript[0].Text);
        Assert.Equal(1, commit.Records.Single());
    }

    [Fact]
    public async Task Transcript_text_goes_through_the_redactor()
    {
        var runner = new ConversationRunner(_bot, _store, new StarRedactor(), TimeProvider.System, new KeyedGate());

        await runner.RunTurnAsync(Message("1", text: "secret"), Origin, TestContext.Current.CancellationToken);

        Assert.All(_store.Commits.Single().Transcript, entry => Assert.DoesNotContain("secret", entry.Text));
    }

    [Fact]
    public async Task The_same_activity_from_another_key_space_is_another_conversation_not_a_replay_issue_7()
    {
        var runner = Runner();
        await runner.RunTurnAsync(Message("same"), new TurnOrigin(KeySpaces.DirectLine), TestContext.Current.CancellationToken);

        var fromMessages = await runner.RunTurnAsync(Message("same"), Origin, TestContext.Current.CancellationToken);

        Assert.False(fromMessages.Duplicate);
        Assert.Equal("count 1", fromMessages.Replies.Single().Text);
        Assert.Equal(2, _store.Commits.Select(commit => commit.ConversationKey).Distinct().Count());
    }

    [Fact]
    public async Task The_commit_carries_the_customer_the_endpoint_vouches_for_and_no_other()
    {
        var runner = Runner();

        await runner.RunTurnAsync(Message("1"), new TurnOrigin(KeySpaces.DirectLine, new VerifiedCustomer("dl_42", "Ana")), TestContext.Current.CancellationToken);
        await runner.RunTurnAsync(Message("2", conversation: "c2"), Origin, TestContext.Current.CancellationToken);

        Assert.Equal(new VerifiedCustomer("dl_42", "Ana"), _store.Commits[0].Customer);
        Assert.Null(_store.Commits[1].Customer);
    }

    [Fact]
    public async Task Each_turn_is_counted_and_timed_on_the_NpsBot_meter()
    {
        var measured = new List<(string Instrument, string? KeySpace, string? Outcome)>();
        using var listener = new System.Diagnostics.Metrics.MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == TurnMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        void Record(System.Diagnostics.Metrics.Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var keySpace = Tag(tags, "npsbot.key_space");
            if (keySpace == "meter-test")
            {
                lock (measured)
                {
                    measured.Add((instrument.Name, keySpace, Tag(tags, "npsbot.outcome")));
                }
            }
        }

        listener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Record(instrument, tags));
        listener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Record(instrument, tags));
        listener.Start();
        var runner = Runner();

        await runner.RunTurnAsync(Message("1"), new TurnOrigin("meter-test"), TestContext.Current.CancellationToken);
        await runner.RunTurnAsync(Message("1"), new TurnOrigin("meter-test"), TestContext.Current.CancellationToken);

        Assert.Contains(("npsbot.turns", "meter-test", "new"), measured);
        Assert.Contains(("npsbot.turns", "meter-test", "duplicate"), measured);
        Assert.Equal(2, measured.Count(m => m.Instrument == "npsbot.turn.duration"));
    }

    private static string? Tag(ReadOnlySpan<KeyValuePair<string, object?>> tags, string name)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == name)
            {
                return tag.Value as string;
            }
        }

        return null;
    }

    private sealed class StarRedactor : ITextRedactor
    {
        public string Redact(string text) => new('*', text.Length);
    }
}
