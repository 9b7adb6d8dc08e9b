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

    public Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.GetValueOrDefault(conversationKey));

    public Task<IReadOnlyList<Activity>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_replies.GetValueOrDefault((conversationKey, activityId)));

    public Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        BeforeCommit?.Invoke(commit);
        lock (_commitLock)
        {
            var current = _conversations.GetValueOrDefault(commit.ConversationKey)?.Version ?? 0;
            if (current != commit.ExpectedVersion)
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

    /// <summary>Bumps the stored version as another server instance would.</summary>
    public void WriteBehindTheRunnersBack(string key)
    {
        var current = _conversations[key];
        _conversations[key] = current with { Version = current.Version + 1 };
    }
}
