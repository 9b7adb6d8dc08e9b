using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Stores;

/// <summary>A turn waiting for the writer; <see cref="Done"/> completes once its batch is on disk (or it failed).</summary>
internal sealed class PendingCommit(TurnCommit commit, string repliesJson, CancellationToken cancellationToken)
    : PendingWrite(cancellationToken)
{
    public TurnCommit Commit { get; } = commit;

    /// <summary>Serialized by the caller, so the single writer thread spends its time on SQL only.</summary>
    public string RepliesJson { get; } = repliesJson;

    // Continuations run off the writer thread, so a slow caller never delays the next batch.
    public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override bool QueuesWork => Commit.Work.Count > 0;

    public override string? LockKey => Commit.ConversationKey;

    public override Exception? Write(TurnCommands sql) => TurnRowWriter.Write(sql, this);

    public override void Complete(Exception? outcome) => Complete(Done, outcome, true);
}
