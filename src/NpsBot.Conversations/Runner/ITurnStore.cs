using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>Durable conversation state: load with a version, find already-processed activities, commit a turn atomically.</summary>
public interface ITurnStore
{
    /// <summary>The stored state of a conversation, or null for a new one.</summary>
    Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>The replies stored for an activity id already processed in this conversation, or null.</summary>
    Task<IReadOnlyList<Activity>?> FindRepliesAsync(string conversationKey, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves state, transcript, replies and records in one transaction, only if the stored version is still
    /// <see cref="TurnCommit.ExpectedVersion"/>; otherwise throws <see cref="TurnConflictException"/> and saves nothing.
    /// </summary>
    Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken);

    /// <summary>
    /// Both reads a turn starts with: the replies stored for <paramref name="activityId"/> if it was processed before,
    /// otherwise the conversation's state. A store may answer both from one connection.
    /// </summary>
    async Task<TurnStart> StartTurnAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        await FindRepliesAsync(conversationKey, activityId, cancellationToken) is { } earlier
            ? new TurnStart(earlier, null)
            : new TurnStart(null, await LoadAsync(conversationKey, cancellationToken));
}
