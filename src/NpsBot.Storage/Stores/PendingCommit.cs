using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Stores;

/// <summary>A turn waiting for the writer; <see cref="Done"/> completes once its batch is on disk (or it failed).</summary>
internal sealed class PendingCommit(TurnCommit commit, string repliesJson, CancellationToken cancellationToken)
    : PendingWrite(cancellationToken)
{
    public TurnCommit Commit { get; } = commit;

    /// <summary>Serialized by the caller, so the single writer thread spends its time on SQL only.</summary>
    public string RepliesJson { get; } = repliesJson;

    /// <summary>The shared text of each transcript line, by the line's index (<see cref="Transcripts.SharedTranscriptTexts"/>); null when none.</summary>
    public long?[]? TextIds { get; init; }

    // Continuations run off the writer thread, so a slow caller never delays the next batch.
    public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// True when the turn queued a job that is due now (a reply to deliver, a webhook). A job due later (a survey's
    /// abandonment check, an SLA clock) does not wake the runner: its regular poll finds it when it is due. Nearly
    /// every survey turn queues an abandonment check, so waking for it would cost every turn's batch a claim query
    /// that finds nothing, the expectReplies path included (issue 13).
    /// </summary>
    public override bool QueuesWork
    {
        get
        {
            foreach (var work in Commit.Work)
            {
                if (work.DueAt <= Commit.At)
                {
                    return true;
                }
            }

            return false;
        }
    }

    public override string? LockKey => Commit.ConversationKey;

    public override bool Deferrable => true;

    public override Exception? Write(TurnCommands sql) => TurnRowWriter.Write(sql, this);

    public override void Complete(Exception? outcome) => Complete(Done, outcome, true);
}
