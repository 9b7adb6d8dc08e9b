using System.Collections.Concurrent;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Testing.Bots;

/// <summary>An <see cref="ITurnStore"/> with the real contract (version check, stored replies) kept in memory.</summary>
public sealed class InMemoryTurnStore : ITurnStore
{
    private readonly ConcurrentDictionary<string, StoredConversation> _conversations = new();
    private readonly ConcurrentDictionary<(string, string), IReadOnlyList<Activity>> _replies = new();
    private readonly Lock _commitLock = new();

    public Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(_conversations.GetValueOrDefault(conversationKey));

    public Task<IReadOnlyList<Activity>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(_replies.GetValueOrDefault((conversationKey, activityId)));

    public Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
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
        }

        return Task.CompletedTask;
    }
}
