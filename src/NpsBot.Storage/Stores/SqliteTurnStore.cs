using System.Text.Json;
using System.Threading.Channels;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Storage.Dialects;
using NpsBot.Storage.Work;

namespace NpsBot.Storage.Stores;

/// <summary>
/// The <see cref="ITurnStore"/> (SQLite, or PostgreSQL through its <see cref="SqlDialect"/>; the name is from when
/// SQLite was the only one): every chat turn goes through it, so it is hand-written ADO.NET, not EF Core.
/// Reads are one indexed row on a pooled connection: EF's query pipeline and change tracker would cost more than
/// the read itself. Commits use group commit: callers queue their turn, one writer thread writes up to
/// <see cref="MaxBatchSize"/> queued turns in one transaction (one fsync for all of them), and each caller's task
/// completes only after that transaction is durable. Disposing drains what is queued.
/// </summary>
public sealed class SqliteTurnStore : ITurnStore, Transcripts.ITranscriptIndexer, IAsyncDisposable, IDisposable
{
    public const int MaxBatchSize = 256;

    private readonly string _connectionString;
    private readonly SqlDialect _dialect;
    private readonly Channel<PendingWrite> _queue =
        Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TurnBatchWriter _writer;
    private readonly TurnReaders _readers;
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Transcripts.SharedTranscriptTexts _sharedTexts;

    public SqliteTurnStore(StorageOptions options, WorkQueueSignal workQueued)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connectionString = options.ResolveConnectionString();
        _dialect = SqlDialect.For(options);
        ArgumentNullException.ThrowIfNull(workQueued);
        _writer = new TurnBatchWriter(_connectionString, _dialect, workQueued.Notify);
        _readers = new TurnReaders(_connectionString, _dialect);
        _sharedTexts = new Transcripts.SharedTranscriptTexts(LearnSharedTextAsync);

        // A thread of its own, not the thread pool: the writer blocks in fsync, and on a small machine a blocked
        // pool thread delays the very continuations that queue the next commits.
        new Thread(WriteQueued) { IsBackground = true, Name = "NpsBot turn writer" }.Start();
    }

    /// <summary>Batches rolled back and written again after a deadlock or serialization failure with another instance.</summary>
    public int RetriedBatches => _writer.RetriedBatches;

    /// <summary>Batches written again with a savepoint per turn because one of their turns failed.</summary>
    public int RewrittenBatches => _writer.RewrittenBatches;

    /// <summary>Round trips that carried a batch's turns together (PostgreSQL: <see cref="TurnCommands.BeginDeferring"/>; never on SQLite).</summary>
    public int SentTogether => _writer.SentTogether;

    /// <summary>How many of the bot's texts lines now name instead of repeating (<see cref="Transcripts.SharedTranscriptTexts"/>).</summary>
    public int SharedTexts => _sharedTexts.Known;

    public Task<StoredConversation?> LoadAsync(string conversationKey, CancellationToken cancellationToken) =>
        Task.FromResult(Read(reader => Load(reader, conversationKey), cancellationToken));

    public Task<IReadOnlyList<Activity>?> FindRepliesAsync(
        string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Activity>?>(Read(reader => FindReplies(reader, conversationKey, activityId), cancellationToken));

    /// <summary>The dedupe lookup and the state load in one statement (<see cref="TurnSql.StartTurn"/>): every turn starts with both.</summary>
    public Task<TurnStart> StartTurnAsync(string conversationKey, string activityId, CancellationToken cancellationToken) =>
        Task.FromResult(Read(reader => StartTurn(reader, conversationKey, activityId), cancellationToken));

    /// <summary>The survey-fatigue facts of a customer (see <see cref="CustomerHistoryStore"/>), on a pooled reader.</summary>
    internal NpsBot.Recovery.Fatigue.CustomerHistory ReadCustomerHistory(string channelId, string customerId, CancellationToken cancellationToken) =>
        Read(reader => CustomerHistoryStore.Read(reader.CustomerHistory, channelId, customerId), cancellationToken);

    /// <summary>A customer's earlier surveys and cases (see <see cref="CustomerRecordsStore"/>), on a pooled reader.</summary>
    internal NpsBot.Recovery.Handoff.CustomerPast ReadEarlierRecords(string customerId, string responseKey, int limit, CancellationToken cancellationToken) =>
        Read(reader => CustomerRecordsStore.Read(reader, customerId, responseKey, limit), cancellationToken);

    /// <summary>The cases ahead of one in the handoff queue (see <see cref="HandoffWaitingLineStore"/>), on a pooled reader.</summary>
    internal int ReadWaitingAhead(string caseKey, int priority, DateTime openedAt, int countUpTo, CancellationToken cancellationToken) =>
        Read(reader => HandoffWaitingLineStore.Read(reader.WaitingAhead(countUpTo), caseKey, priority, _dialect.StoredTime(openedAt)), cancellationToken);

    /// <summary>
    /// Runs <paramref name="read"/> on a rented reader, synchronously: both reads are one indexed row (SQLite answers
    /// them in microseconds, and its async methods are synchronous anyway), so a Task per read would cost more than it
    /// saves. A reader whose read threw is closed, not returned.
    /// </summary>
    private T Read<T>(Func<TurnReader, T> read, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var reader = _readers.Rent();
        T result;
        try
        {
            result = read(reader);
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        _readers.Return(reader);
        return result;
    }

    private static StoredConversation? Load(TurnReader reader, string conversationKey)
    {
        var command = reader.LoadConversation;
        command.Parameters[0].Value = conversationKey;
        using var row = command.ExecuteReader();
        return row.Read() ? new StoredConversation(conversationKey, row.GetInt64(0), row.GetString(1)) : null;
    }

    private static TurnStart StartTurn(TurnReader reader, string conversationKey, string activityId)
    {
        var command = reader.StartTurn;
        command.Parameters[0].Value = conversationKey;
        command.Parameters[1].Value = activityId;
        using var row = command.ExecuteReader();
        row.Read();
        if (!row.IsDBNull(0))
        {
            return new TurnStart(JsonSerializer.Deserialize<List<Activity>>(row.GetString(0), ActivityJson.Options), null);
        }

        return new TurnStart(null, row.IsDBNull(1) ? null : new StoredConversation(conversationKey, row.GetInt64(1), row.GetString(2)));
    }

    private static List<Activity>? FindReplies(TurnReader reader, string conversationKey, string activityId)
    {
        var command = reader.FindReplies;
        command.Parameters[0].Value = conversationKey;
        command.Parameters[1].Value = activityId;
        return command.ExecuteScalar() is string json ? JsonSerializer.Deserialize<List<Activity>>(json, ActivityJson.Options) : null;
    }

    public Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        ArgumentOutOfRangeException.ThrowIfNegative(commit.ExpectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingCommit(commit, commit.RepliesJson ?? JsonSerializer.Serialize(commit.Replies, ActivityJson.Options), cancellationToken)
        {
            TextIds = _sharedTexts.IdsOf(commit),
        };
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);

        // Not WaitAsync(cancellationToken): once queued, the caller must learn whether the turn was saved.
        return pending.Done.Task;
    }

    /// <summary>
    /// Runs <paramref name="write"/> on the writer connection, in the next batch (so it shares the batch's fsync and
    /// never waits for the database lock); the task completes after that batch committed. For the work queue.
    /// </summary>
    internal Task<T> WriteAsync<T>(Func<TurnCommands, T> write, bool queuesWork, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pending = new PendingStatement<T>(write, queuesWork, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(pending), this);
        return pending.Done.Task;
    }

    /// <summary>Indexes the transcript lines the search index does not hold yet, in the next batch (SQLite; see <see cref="TurnBatchWriter.IndexInterval"/>).</summary>
    public Task IndexPendingLinesAsync(CancellationToken cancellationToken) =>
        _dialect.IndexPendingTranscriptLines is null
            ? Task.CompletedTask
            : WriteAsync(sql => sql.IndexPendingLines(), queuesWork: false, cancellationToken);

    /// <summary>Writes a shared text's row in the next batch; its id once that batch is committed.</summary>
    private Task<long> LearnSharedTextAsync(string text) =>
        WriteAsync(
            sql =>
            {
                sql.LearnSharedText["$text"].Value = text;
                return Convert.ToInt64(sql.LearnSharedText.Command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            },
            queuesWork: false,
            CancellationToken.None);

    /// <summary>Stops taking commits, writes everything already queued, then closes the writer connection.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _drained.Task;
        _readers.Dispose();
    }

    /// <summary>As <see cref="DisposeAsync"/>, blocking until the queue is written.</summary>
    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _drained.Task.GetAwaiter().GetResult();
        _readers.Dispose();
    }

    private void WriteQueued()
    {
        var batch = new List<PendingWrite>(MaxBatchSize);

        // Everything queued while a batch is being written becomes the next batch: the busier, the bigger.
        while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            _writer.Write(batch);
            batch.Clear();
        }

        _writer.Dispose();
        _drained.SetResult();
    }
}
