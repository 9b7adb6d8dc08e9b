using System.Data.Common;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Stores;

/// <summary>
/// The one writing connection: writes a batch of turns (and work-queue changes) in one transaction (one fsync), each
/// inside its own savepoint so a conflict or a bad turn is undone alone while the rest of the batch commits.
/// </summary>
internal sealed class TurnBatchWriter(string connectionString, SqlDialect dialect, Action workCommitted) : IDisposable
{
    private DbConnection? _connection;
    private TurnCommands? _commands;

    /// <summary>
    /// Writes the batch and completes every write's task, after the transaction committed (or failed). When the
    /// committed batch queued work, calls <c>workCommitted</c> first (the runner should look now).
    /// </summary>
    public void Write(IReadOnlyList<PendingWrite> batch)
    {
        var outcomes = new Exception?[batch.Count];
        var queuedWork = false;
        try
        {
            var commands = Open();
            using var transaction = dialect.BeginWrite(_connection!);
            commands.Enlist(transaction);
            for (var i = 0; i < batch.Count; i++)
            {
                outcomes[i] = batch[i].CancellationToken.IsCancellationRequested
                    ? new OperationCanceledException(batch[i].CancellationToken)
                    : WriteInSavepoint(commands, batch[i]);
            }

            transaction.Commit();
            for (var i = 0; i < batch.Count; i++)
            {
                queuedWork |= outcomes[i] is null && batch[i].QueuesWork;
            }
        }
        catch (Exception failure)
        {
            // The transaction is gone (I/O error, disk full, savepoint lost): nothing of this batch was saved.
            Close();
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] ??= failure;
            }
        }

        if (queuedWork)
        {
            workCommitted();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Complete(outcomes[i]);
        }
    }

    public void Dispose() => Close();

    private static Exception? WriteInSavepoint(TurnCommands commands, PendingWrite pending)
    {
        commands.Savepoint.Command.ExecuteNonQuery();
        Exception? failure;

        // Anything one turn throws (an unknown record type, a constraint) fails that turn only.
        try
        {
            failure = pending.Write(commands);
        }
        catch (Exception exception)
        {
            failure = exception;
        }

        // If ROLLBACK TO itself fails, the exception reaches Write and the whole batch fails: correct, since the
        // transaction can no longer be trusted.
        (failure is null ? commands.Release : commands.RollbackToSavepoint).Command.ExecuteNonQuery();
        return failure;
    }

    private TurnCommands Open()
    {
        if (_commands is not null)
        {
            return _commands;
        }

        _connection = dialect.CreateConnection(connectionString);
        _connection.Open();
        dialect.PrepareWriter(_connection);
        _commands = new TurnCommands(_connection, dialect);
        return _commands;
    }

    private void Close()
    {
        _commands?.Dispose();
        _commands = null;
        _connection?.Dispose();
        _connection = null;
    }
}
