using System.Data.Common;
using System.Runtime.ExceptionServices;
using NpsBot.Storage.Dialects;
using Polly;
using Polly.Retry;

namespace NpsBot.Storage.Stores;

/// <summary>
/// The one writing connection: writes a batch of turns (and work-queue changes) in one transaction (one fsync). A
/// batch is first written straight; when one of its writes fails (a conflict, a bad turn), that transaction is rolled
/// back and the batch written again with each write inside its own savepoint, so the failed write is undone alone
/// while the rest of the batch commits. Nearly every batch commits on the first try, without the two statements per
/// turn and the pages SQLite copies into a savepoint's journal before changing them (about 12 % of the writer's
/// time in issue 13's profile).
/// </summary>
internal sealed class TurnBatchWriter : IDisposable
{
    /// <summary>Reruns of one batch after a retryable conflict before its writes fail.</summary>
    public const int MaxRetries = 5;

    /// <summary>
    /// How often a batch also puts the people's new transcript lines into the search index (SQLite; see
    /// <see cref="TurnCommands.IndexPendingLines"/>): FTS5 writes a segment per indexing statement, about 11 statements
    /// and 4 pages, so doing it at every group commit cost a quarter of the writer's statements at 8 customers (issue
    /// 13). A search asks for the pending lines first (<see cref="SqliteTurnStore.IndexPendingLinesAsync"/>), and the
    /// first batch after the connection opens indexes what a stop or a crash left.
    /// </summary>
    public static readonly TimeSpan IndexInterval = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly SqlDialect _dialect;
    private readonly Action _workCommitted;
    private readonly ResiliencePipeline _retries;
    private DbConnection? _connection;
    private TurnCommands? _commands;
    private int _retried;
    private int _rewritten;
    private int _sentTogether;
    private long _indexedAt;

    public TurnBatchWriter(string connectionString, SqlDialect dialect, Action workCommitted)
    {
        _connectionString = connectionString;
        _dialect = dialect;
        _workCommitted = workCommitted;

        // Polly: a short exponential backoff with jitter, so two instances that deadlocked do not meet again at once.
        _retries = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(dialect.IsRetryableConflict),
                MaxRetryAttempts = MaxRetries,
                Delay = TimeSpan.FromMilliseconds(5),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = _ =>
                {
                    Interlocked.Increment(ref _retried);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    /// <summary>
    /// Writes the batch and completes every write's task, after the transaction committed (or failed). When the
    /// committed batch queued work, calls <c>workCommitted</c> first (the runner should look now).
    /// Turns are written in the order of their conversation key (the rest after them, in arrival order), so two
    /// instances' batches lock shared rows in one order; a batch that still loses a race to another instance
    /// (PostgreSQL deadlock or serialization failure) is rolled back whole and written again (up to <see cref="MaxRetries"/> times).
    /// </summary>
    public void Write(IReadOnlyList<PendingWrite> batch)
    {
        var ordered = InKeyOrder(batch);
        var outcomes = new Exception?[ordered.Count];
        var queuedWork = false;
        try
        {
            _retries.Execute(() => WriteOnce(ordered, outcomes));
            for (var i = 0; i < ordered.Count; i++)
            {
                queuedWork |= outcomes[i] is null && ordered[i].QueuesWork;
            }
        }
        catch (Exception failure)
        {
            // The transaction is gone (I/O error, disk full, savepoint lost, still conflicting after the retries):
            // nothing of this batch was saved.
            Close();
            for (var i = 0; i < outcomes.Length; i++)
            {
                outcomes[i] ??= failure;
            }
        }

        if (queuedWork)
        {
            _workCommitted();
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].Complete(outcomes[i]);
        }
    }

    /// <summary>Batches written again after a retryable conflict, since this writer started (for tests and diagnostics).</summary>
    public int RetriedBatches => _retried;

    /// <summary>Batches written again with a savepoint per write because one write failed (for tests and diagnostics).</summary>
    public int RewrittenBatches => _rewritten;

    /// <summary>Round trips that carried deferred statements (PostgreSQL; for tests and diagnostics).</summary>
    public int SentTogether => _sentTogether;

    private void WriteOnce(List<PendingWrite> batch, Exception?[] outcomes)
    {
        var commands = Open();
        if (!TryWrite(commands, batch, outcomes, savepoints: false))
        {
            Interlocked.Increment(ref _rewritten);
            TryWrite(commands, batch, outcomes, savepoints: true);
        }
    }

    /// <summary>
    /// Writes the batch in one transaction. Without savepoints a failed write rolls it all back and returns false (the
    /// caller writes it again with them); with a savepoint per write a failed write is undone alone and the rest commits.
    /// A deadlock or serialization failure is no write's fault either way: it is thrown, and the batch rerun (see Write).
    /// Without savepoints on a connection that can batch (PostgreSQL), the turns' statements are sent together, in one
    /// round trip per run of turns (<see cref="TurnCommands.BeginDeferring"/>); a statement that failed or changed other
    /// rows than its turn assumed fails the pass the same way, and the savepoint pass writes one statement at a time.
    /// </summary>
    private bool TryWrite(TurnCommands commands, List<PendingWrite> batch, Exception?[] outcomes, bool savepoints)
    {
        Array.Clear(outcomes);
        using var transaction = _dialect.BeginWrite(_connection!);
        commands.Enlist(transaction);
        var deferring = !savepoints && commands.CanDefer;
        if (deferring)
        {
            commands.BeginDeferring(transaction);
        }

        try
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].CancellationToken.IsCancellationRequested)
                {
                    outcomes[i] = new OperationCanceledException(batch[i].CancellationToken);
                }
                else if (savepoints)
                {
                    outcomes[i] = WriteInSavepoint(commands, batch[i]);
                }
                else if (deferring && !batch[i].Deferrable)
                {
                    // A write that reads (a claim) runs after what was deferred before it, one statement at a time.
                    if (!SentAsAssumed(commands, transaction))
                    {
                        return false;
                    }

                    commands.StopDeferring();
                    var written = WrittenStraight(commands, batch[i], transaction);
                    commands.BeginDeferring(transaction);
                    if (!written)
                    {
                        return false;
                    }
                }
                else if (!WrittenStraight(commands, batch[i], transaction))
                {
                    return false;
                }
            }

            if (deferring && !SentAsAssumed(commands, transaction))
            {
                return false;
            }

            var indexed = IndexDue() && commands.IndexPendingLines();
            transaction.Commit();
            if (indexed)
            {
                _indexedAt = System.Diagnostics.Stopwatch.GetTimestamp();
            }

            return true;
        }
        finally
        {
            if (deferring)
            {
                commands.StopDeferring();
            }
        }
    }

    // Without savepoints: a failed write rolls back the transaction (false); a retryable conflict is thrown.
    private bool WrittenStraight(TurnCommands commands, PendingWrite pending, DbTransaction transaction)
    {
        if (WriteCaught(pending, commands) is not { } failure)
        {
            return true;
        }

        ThrowIfRetryable(failure);
        transaction.Rollback();
        return false;
    }

    // Sends what was deferred; a failed statement or a row count other than assumed rolls back the transaction (false).
    private bool SentAsAssumed(TurnCommands commands, DbTransaction transaction)
    {
        bool asAssumed;
        try
        {
            if (commands.DeferredCount > 0)
            {
                Interlocked.Increment(ref _sentTogether);
            }

            asAssumed = commands.SendDeferred();
        }
        catch (Exception failure)
        {
            ThrowIfRetryable(failure);
            asAssumed = false;
        }

        if (!asAssumed)
        {
            transaction.Rollback();
        }

        return asAssumed;
    }

    // SQLite: the search index gets the lines since its mark in one statement (one FTS5 segment), outside any turn's
    // savepoint, at the first batch of a connection and then once every IndexInterval.
    private bool IndexDue() => _indexedAt == 0 || System.Diagnostics.Stopwatch.GetElapsedTime(_indexedAt) >= IndexInterval;

    // Anything one write throws (an unknown record type, a constraint) or returns (a conflict) is that write's failure.
    private static Exception? WriteCaught(PendingWrite pending, TurnCommands commands)
    {
        try
        {
            return pending.Write(commands);
        }
        catch (Exception exception)
        {
            return exception;
        }
    }

    private void ThrowIfRetryable(Exception failure)
    {
        if (_dialect.IsRetryableConflict(failure))
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    // Stable: writes of one key keep their arrival order, and writes without a key keep theirs after all keyed ones.
    private static List<PendingWrite> InKeyOrder(IReadOnlyList<PendingWrite> batch) =>
        [.. batch.Where(write => write.LockKey is not null).OrderBy(write => write.LockKey, StringComparer.Ordinal),
         .. batch.Where(write => write.LockKey is null)];

    public void Dispose() => Close();

    private Exception? WriteInSavepoint(TurnCommands commands, PendingWrite pending)
    {
        commands.Savepoint.Command.ExecuteNonQuery();

        // A failure fails that turn only; a deadlock or serialization failure is not its fault: the batch is rerun.
        var failure = WriteCaught(pending, commands);
        if (failure is not null)
        {
            ThrowIfRetryable(failure);
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

        _indexedAt = 0;
        _connection = _dialect.CreateWriterConnection(_connectionString);
        _connection.Open();
        _dialect.PrepareWriter(_connection);
        _commands = new TurnCommands(_connection, _dialect);
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
