using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Stores;

/// <summary>
/// The one writing connection: writes a batch of turns (and work-queue changes) in one transaction (one fsync), each
/// inside its own savepoint so a conflict or a bad turn is undone alone while the rest of the batch commits.
/// </summary>
internal sealed class TurnBatchWriter(string connectionString, Action workCommitted) : IDisposable
{
    private SqliteConnection? _connection;
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
            using var transaction = _connection!.BeginTransaction(deferred: false);
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
        commands.Savepoint.ExecuteNonQuery();
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
        (failure is null ? commands.Release : commands.RollbackToSavepoint).ExecuteNonQuery();
        return failure;
    }

    private TurnCommands Open()
    {
        if (_commands is not null)
        {
            return _commands;
        }

        _connection = new SqliteConnection(connectionString);
        _connection.Open();
        using (var pragma = _connection.CreateCommand())
        {
            // See SqlitePragmas.SetDurableAsync: FULL is what makes a commit durable with WAL.
            pragma.CommandText = SqlitePragmas.Durable;
            pragma.ExecuteNonQuery();
        }

        _commands = new TurnCommands(_connection);
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
