using System.Collections.Concurrent;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Tests.Runner;

/// <summary>A turn store with the real contract (version check, stored replies) kept in memory, for runner tests.</summary>
internal sealed class InMemoryTurnStore : ITurnStore
{
    private readonly ConcurrentDictionary<string, StoredConversation> _conversations = new();
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<Activity>> _replies = new();
    private readonly Lock _commitLock = new();

    public List<TurnCommit> Commits { get; } = [];

    /// <summary>Called before each commit is checked; lets a test write behind the runner's back.</summary>
    public Action<TurnCommit>? BeforeCommit { get; set; }

    /// <summary>How many times a conversation's state was read.</summary>
    public int Loads => _loads;

    private int _loads;

    public Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _loads);
        return Task.FromResult(_conversations.GetValueOrDefault(conversationKey));
    }

    public Task<IReadOnlyList<Activity>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_replies.GetValueOrDefault((conversationKey, activityId)));

    public Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        BeforeCommit?.Invoke(commit);
        lock (_commitLock)
        {
            // As the database stores: the version (and, for a turn that did not read its state, the state JSON) must be
            // what the turn started from, and an activity is saved once.
            var stored = _conversations.GetValueOrDefault(commit.ConversationKey);
            var current = stored?.Version ?? 0;
            if (current != commit.ExpectedVersion
                || (commit.ExpectedStateJson is not null && commit.ExpectedStateJson != stored?.StateJson)
                || _replies.ContainsKey((commit.ConversationKey, commit.Inbound.Id!)))
            {
                throw new TurnConflictException(commit.ConversationKey);
            }

            _conversations[commit.ConversationKey] = new StoredConversation(commit.ConversationKey, current + 1, commit.StateJson);
            _replies[(commit.ConversationKey, commit.Inbound.Id!)] = commit.Replies;
            Commits.Add(commit);
        }

        return Task.CompletedTask;
    }

    /// <summary>Stores other state JSON under a new version, as another instance's turn (or a repair) would.</summary>
    public void ReplaceState(string key, string stateJson)
    {
        var current = _conversations[key];
        _conversations[key] = current with { Version = current.Version + 1, StateJson = stateJson };
    }

    /// <summary>Other state JSON at the same version, as a conversation erased and started again would have.</summary>
    public void ReplaceStateAtTheSameVersion(string key, string stateJson) =>
        _conversations[key] = _conversations[key] with { StateJson = stateJson };

    /// <summary>Bumps the stored version as another server instance would.</summary>
    public void WriteBehindTheRunnersBack(string key)
    {
        var current = _conversations[key];
        _conversations[key] = current with { Version = current.Version + 1 };
    }
}
