namespace NpsBot.Storage.Stores;

/// <summary>
/// One unit of work for the single writer connection: a turn, or a change to the work queue (claim, complete,
/// retry...). Each runs inside its own savepoint of the batch's transaction and learns its outcome only after that
/// transaction committed.
/// </summary>
internal abstract class PendingWrite(CancellationToken cancellationToken)
{
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>True when this write queued jobs, so the work-queue runner is woken once the batch is durable.</summary>
    public virtual bool QueuesWork => false;

    /// <summary>
    /// The conversation this write changes, or null (work-queue changes): a batch writes its turns ordered by it, so
    /// two instances' batches lock the same rows in the same order and cannot deadlock on them.
    /// </summary>
    public virtual string? LockKey => null;

    /// <summary>
    /// True when the write's statements may be queued and sent with others in one round trip
    /// (<see cref="TurnCommands.BeginDeferring"/>): it reads nothing back, and branches only on row counts it states
    /// (<see cref="TurnCommands.ExecuteAssuming"/>). A turn's rows are; the work queue's claims read their rows.
    /// </summary>
    public virtual bool Deferrable => false;

    /// <summary>Writes the rows; a returned exception undoes this write alone (the writer rolls back to its savepoint).</summary>
    public abstract Exception? Write(TurnCommands sql);

    /// <summary>Completes the caller's task: null when the batch committed with this write in it.</summary>
    public abstract void Complete(Exception? outcome);

    /// <summary>Sets <paramref name="done"/> from the outcome; what every subclass does with its task.</summary>
    protected static void Complete<T>(TaskCompletionSource<T> done, Exception? outcome, T result)
    {
        switch (outcome)
        {
            case null:
                done.TrySetResult(result);
                break;
            case OperationCanceledException canceled:
                done.TrySetCanceled(canceled.CancellationToken);
                break;
            default:
                done.TrySetException(outcome);
                break;
        }
    }
}
