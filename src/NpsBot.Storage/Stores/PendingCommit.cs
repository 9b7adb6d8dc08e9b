using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Stores;

/// <summary>A commit waiting for the writer; <see cref="Done"/> completes once its batch is on disk (or it failed).</summary>
internal sealed class PendingCommit(TurnCommit commit, string repliesJson, CancellationToken cancellationToken)
{
    public TurnCommit Commit { get; } = commit;

    /// <summary>Serialized by the caller, so the single writer thread spends its time on SQL only.</summary>
    public string RepliesJson { get; } = repliesJson;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    // Continuations run off the writer thread, so a slow caller never delays the next batch.
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
