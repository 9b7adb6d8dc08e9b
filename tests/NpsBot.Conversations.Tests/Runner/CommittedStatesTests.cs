using NpsBot.Conversations.Language;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>
/// A committed state taken up again as its object without reading the store; its commit holds only while the stored row
/// is exactly what was committed (version and JSON), and an activity already processed still gets its stored replies.
/// </summary>
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
        Assert.Equal(1, _store.Loads); // the first turn's only
    }

    [Fact]
    public async Task A_state_stored_by_someone_else_is_read_from_its_JSON()
    {
        var runner = Runner();
        await Turn(runner, "1");
        var key = _store.Commits.Single().ConversationKey;
        _store.ReplaceState(key, """{"values":{"count":10}}""");

        var second = await Turn(runner, "2");

        // Run on the kept object first, which the commit refused; then on the state read again.
        Assert.Equal("count 11", second.Replies.Single().Text);
        Assert.Equal(3, Seen.Count);
        Assert.NotSame(Seen[0], Seen[2]);
        Assert.Equal(2, _store.Commits.Count);
    }

    [Fact]
    public async Task Other_state_at_the_committed_version_is_read_from_its_JSON()
    {
        var runner = Runner();
        await Turn(runner, "1");
        var key = _store.Commits.Single().ConversationKey;
        _store.ReplaceStateAtTheSameVersion(key, """{"values":{"count":20}}""");

        var second = await Turn(runner, "2");

        Assert.Equal("count 21", second.Replies.Single().Text);
        Assert.Equal(2, _store.Loads);
    }

    [Fact]
    public async Task An_activity_processed_already_gets_its_stored_replies_and_is_not_saved_again()
    {
        var runner = Runner();
        await Turn(runner, "1");
        var first = await Turn(runner, "2");

        var resent = await Turn(runner, "2");
        var next = await Turn(runner, "3");

        Assert.True(resent.Duplicate);
        Assert.Equal(first.Replies.Single().Text, resent.Replies.Single().Text);
        Assert.Equal("count 3", next.Replies.Single().Text);
        Assert.Equal(3, _store.Commits.Count);
        Assert.Equal(3, _bot.Calls); // the re-sent activity was answered from the store, the bot not run again
        Assert.Same(Seen[1], Seen[2]); // and the kept state stayed for the next turn
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
    public void Turns_read_first_while_kept_states_are_found_changed_and_go_unread_again_once_they_are_not()
    {
        var state = new ConversationState();
        for (var i = 0; i < CommittedStates.Window; i++)
        {
            _states.Committed(held: i % 8 != 0); // one in eight refused, as with another instance's turns in between
        }

        _states.Keep("k", "{}", state, 1, "a");
        var unreadWhileChanged = _states.TakeUnread("k", "b");
        var readWhileChanged = _states.Take(new StoredConversation("k", 1, "{}"))?.State;
        var readFirstThen = _states.ReadFirst;
        for (var i = 1; i < CommittedStates.Window; i++)
        {
            _states.Keep("k", "{}", state, 1, "a");
            _states.Take(new StoredConversation("k", 1, "{}"));
        }

        _states.Keep("k", "{}", state, 1, "a");

        Assert.True(readFirstThen);
        Assert.Null(unreadWhileChanged);
        Assert.Same(state, readWhileChanged);
        Assert.False(_states.ReadFirst);
        Assert.Same(state, _states.TakeUnread("k", "b")?.State);
    }

    [Fact]
    public void The_activities_of_its_last_turns_are_kept_with_a_state()
    {
        CommittedStates.Kept? kept = null;
        for (var i = 1; i <= CommittedStates.ActivitiesRemembered + 1; i++)
        {
            _states.Keep("k", "{}", new ConversationState(), i, $"a{i}", kept);
            kept = _states.TakeUnread("k", "new");
        }

        _states.Keep("k", "{}", new ConversationState(), 99, "last", kept);

        // Kept: a3 ... a33 and "last"; a1 and a2 are the oldest, no longer remembered.
        Assert.Null(_states.TakeUnread("k", "last"));
        Assert.Null(_states.TakeUnread("k", "a3"));
        Assert.Equal(CommittedStates.ActivitiesRemembered, _states.TakeUnread("k", "a2")?.ActivityIds.Count);
    }

    [Fact]
    public void A_few_refused_commits_do_not_make_turns_read_first()
    {
        for (var i = 0; i < CommittedStates.Window; i++)
        {
            _states.Committed(held: i % 32 != 0);
        }

        Assert.False(_states.ReadFirst);
    }

    [Fact]
    public void At_most_its_capacity_of_states_is_kept()
    {
        for (var i = 0; i <= CommittedStates.Capacity + 100; i++)
        {
            _states.Keep($"k{i}", "{}", new ConversationState(), 1, "a");
        }

        var kept = Enumerable.Range(0, CommittedStates.Capacity + 101).Count(i => _states.TakeUnread($"k{i}", "b") is not null);
        Assert.InRange(kept, 1, CommittedStates.Capacity);
    }
}
