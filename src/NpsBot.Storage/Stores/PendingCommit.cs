using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Stores;

/// <summary>A commit waiting for the writer; <see cref="Done"/> completes once its batch is on disk (or it failed).</summary>
internal sealed class PendingCommit(TurnCommit commit, CancellationToken cancellationToken)
{
    public TurnCommit Commit { get; } = commit;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    // Continuations run off the writer thread, so a slow caller never delays the next batch.
    public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
