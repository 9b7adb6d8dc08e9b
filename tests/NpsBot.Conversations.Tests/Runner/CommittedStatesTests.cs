using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>A committed state taken up again as its object only while the stored JSON is exactly what was committed.</summary>
public sealed class CommittedStatesTests : IDisposable
{
    private readonly InMemoryTurnStore _store = new();
    private readonly CountingBot _bot = new();
    private readonly CommittedStates _states = new();

    private static readonly TurnOrigin Origin = new(KeySpaces.BotFramework);

    public void Dispose() => _states.Dispose();

    private List<ConversationState> Seen => [.. _bot.Seen];

    private ConversationRunner Runner() =>
        new(_bot, _store, new NoRedaction(), TimeProvider.System, new KeyedGate(), states: _states);

    private static Task<TurnResult> Turn(ConversationRunner runner, string id, string text = "hi") =>
        runner.RunTurnAsync(ConversationRunnerTests.Message(id, text: text), Origin, TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_next_turn_takes_up_the_committed_state_object_when_its_JSON_is_unchanged()
    {
        var runner = Runner();

        await Turn(runner, "1");
        var second = await Turn(runner, "2");

        Assert.Equal("count 2", second.Replies.Single().Text);
        Assert.Same(Seen[0], Seen[1]);
    }

    [Fact]
    public async Task A_state_stored_by_someone_else_is_read_from_its_JSON()
    {
        var runner = Runner();
        await Turn(runner, "1");
        var key = _store.Commits.Single().ConversationKey;
        _store.ReplaceState(key, """{"values":{"count":10}}""");

        var second = await Turn(runner, "2");

        Assert.Equal("count 11", second.Replies.Single().Text);
        Assert.NotSame(Seen[0], Seen[1]);
    }

    [Fact]
    public async Task A_turn_that_failed_after_changing_the_state_leaves_nothing_of_it_behind()
    {
        var runner = Runner();
        await Turn(runner, "1");

        await Assert.ThrowsAsync<InvalidOperationException>(() => Turn(runner, "2", "fail"));
        var third = await Turn(runner, "3");

        Assert.Equal("count 2", third.Replies.Single().Text);
        Assert.NotSame(Seen[0], Seen[2]);
    }

    [Fact]
    public async Task A_version_conflict_with_the_same_JSON_reruns_the_turn_on_state_read_again()
    {
        var runner = Runner();
        await Turn(runner, "1");
        var conflicted = false;
        _store.BeforeCommit = commit =>
        {
            if (!conflicted)
            {
                conflicted = true;
                _store.WriteBehindTheRunnersBack(commit.ConversationKey);
            }
        };

        var second = await Turn(runner, "2");

        Assert.Equal("count 2", second.Replies.Single().Text);
        Assert.Equal(3, Seen.Count);
        Assert.Same(Seen[0], Seen[1]);
        Assert.NotSame(Seen[1], Seen[2]);
    }

    [Fact]
    public void At_most_its_capacity_of_states_is_kept()
    {
        for (var i = 0; i <= CommittedStates.Capacity + 100; i++)
        {
            _states.Keep($"k{i}", "{}", new ConversationState());
        }

        var kept = Enumerable.Range(0, CommittedStates.Capacity + 101)
            .Count(i => _states.Take(new StoredConversation($"k{i}", 1, "{}")) is not null);
        Assert.InRange(kept, 1, CommittedStates.Capacity);
    }
}
