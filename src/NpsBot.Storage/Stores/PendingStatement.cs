namespace NpsBot.Storage.Stores;

/// <summary>A write of the work queue (or any other small change) run on the writer connection, with a result.</summary>
internal sealed class PendingStatement<T>(Func<TurnCommands, T> write, bool queuesWork, CancellationToken cancellationToken)
    : PendingWrite(cancellationToken)
{
    private T _result = default!;

    public TaskCompletionSource<T> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override bool QueuesWork => queuesWork;

    public override Exception? Write(TurnCommands sql)
    {
        _result = write(sql);
        return null;
    }

    public override void Complete(Exception? outcome) => Complete(Done, outcome, _result);
}
