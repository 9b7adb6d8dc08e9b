using Microsoft.Extensions.Options;
using NpsBot.Conversations.Work;
using NpsBot.Storage.Dialects;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Work;

/// <summary>
/// The durable work queue (SQLite, or PostgreSQL through its <see cref="SqlDialect"/>). Rows come from turn commits (same transaction as the turn) or from
/// <see cref="EnqueueAsync"/>; an instance claims due rows with a lease, and completes, retries, dead-letters or
/// releases them. Every write goes through the turn store's single writer connection (group commit, no lock waits);
/// each change of a claimed row names its owner, so a run whose lease ran out changes nothing.
/// </summary>
public sealed class SqliteWorkQueueStore : IWorkQueueStatus
{
    private const int MaxErrorLength = 2000;

    private readonly SqliteTurnStore _writer;
    private readonly string _connectionString;
    private readonly SqlDialect _dialect;
    private readonly TimeProvider _clock;
    private readonly WorkQueueOptions _options;
    private readonly WorkRetryPolicy _retries;

    public SqliteWorkQueueStore(SqliteTurnStore writer, StorageOptions storage, IOptions<WorkQueueOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(options);
        _writer = writer;
        _connectionString = storage.ResolveConnectionString();
        _dialect = SqlDialect.For(storage);
        _clock = clock;
        _options = options.Value;
        _retries = new WorkRetryPolicy(_options, Random.Shared);
        InstanceId = _options.InstanceId is { Length: > 0 } id
            ? id
            : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
    }

    /// <summary>This instance's name in <c>lease_owner</c>.</summary>
    public string InstanceId { get; }

    public WorkQueueOptions Options => _options;

    /// <summary>Queues a job on its own (not with a turn); the runner is woken when it is committed.</summary>
    public Task EnqueueAsync(WorkRequest work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var now = _clock.GetUtcNow().UtcDateTime;
        return _writer.WriteAsync(sql => { WorkRows.Insert(sql, work, now); return true; }, queuesWork: true, cancellationToken);
    }

    /// <summary>Claims up to <paramref name="limit"/> due jobs for this instance, oldest due first.</summary>
    public async Task<IReadOnlyList<WorkItem>> ClaimAsync(int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var now = _clock.GetUtcNow();
        return await _writer.WriteAsync(sql => WorkRows.Claim(sql, InstanceId, now, _options.LeaseDuration, limit), false, cancellationToken);
    }

    /// <summary>Removes a job that ran to the end; false when its lease was lost (another instance has it now).</summary>
    public Task<bool> CompleteAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return _writer.WriteAsync(
            sql => TurnCommands.Execute(sql.CompleteWork, ("$id", item.Id), ("$owner", InstanceId)) > 0, false, cancellationToken);
    }

    /// <summary>
    /// Pushes a running job's lease forward to now + <see cref="WorkQueueOptions.LeaseDuration"/>; false when it was
    /// lost (it ran out and another instance claimed the job). <see cref="KeepLease"/> calls it while a handler runs.
    /// </summary>
    public Task<bool> RenewAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var until = (_clock.GetUtcNow() + _options.LeaseDuration).UtcDateTime;
        return _writer.WriteAsync(
            sql => TurnCommands.Execute(sql.RenewWork, ("$id", item.Id), ("$owner", InstanceId), ("$lease_until", until)) > 0,
            false,
            cancellationToken);
    }

    /// <summary>
    /// Holds <paramref name="item"/>'s lease while its handler runs: renewed every third of the lease duration until the
    /// returned <see cref="WorkLease"/> is disposed, so a job running longer than its lease is never claimed twice.
    /// </summary>
    public WorkLease KeepLease(WorkItem item) => WorkLease.Start(this, item, _options.LeaseDuration / 3, _clock);

    /// <summary>
    /// Records a failed run: <see cref="WorkFailedPermanentlyException"/> or the last allowed attempt make it a dead
    /// letter; <see cref="RetryWorkLaterException"/> sets the next run at the time it names; anything else backs off.
    /// </summary>
    public async Task<WorkFailure> FailAsync(WorkItem item, Exception failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(failure);
        var outcome = Decide(item, failure);
        var reason = Truncate(outcome.Reason);
        await _writer.WriteAsync(
            sql => outcome.RetryAt is { } retryAt
                ? TurnCommands.Execute(
                    sql.RetryWork, ("$id", item.Id), ("$owner", InstanceId), ("$due_at", retryAt.UtcDateTime), ("$last_error", reason))
                : TurnCommands.Execute(sql.DeadLetterWork, ("$id", item.Id), ("$owner", InstanceId), ("$last_error", reason)),
            false,
            cancellationToken);
        return outcome with { Reason = reason };
    }

    /// <summary>Dead-letters a job without running it (no handler for its kind, too many lost leases).</summary>
    public Task<WorkFailure> DeadLetterAsync(WorkItem item, string reason, CancellationToken cancellationToken) =>
        FailAsync(item, new WorkFailedPermanentlyException(reason), cancellationToken);

    /// <summary>Gives claims back unstarted (a graceful stop): they are due again at once and the attempt is not counted.</summary>
    public Task ReleaseAsync(IEnumerable<WorkItem> items, CancellationToken cancellationToken)
    {
        var ids = items.Select(item => item.Id).ToList();
        return ids.Count == 0
            ? Task.CompletedTask
            : _writer.WriteAsync(
                sql => ids.Sum(id => TurnCommands.Execute(sql.ReleaseWork, ("$id", id), ("$owner", InstanceId))), false, cancellationToken);
    }

    /// <summary>Jobs waiting (pending, running included), how long the oldest due one has waited, and the dead letters.</summary>
    public async Task<WorkQueueSnapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        await using var connection = _dialect.CreateConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = _dialect.Text(WorkSql.Status);
        var nowParameter = _dialect.Parameter("$now");
        nowParameter.Value = now.UtcDateTime;
        command.Parameters.Add(nowParameter);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var oldestDue = reader.IsDBNull(1) ? (DateTimeOffset?)null : new DateTimeOffset(DateTime.SpecifyKind(reader.GetDateTime(1), DateTimeKind.Utc));
        var age = oldestDue is { } due && due < now ? now - due : TimeSpan.Zero;
        return new WorkQueueSnapshot(reader.GetInt64(0), age, reader.GetInt64(2));
    }

    private WorkFailure Decide(WorkItem item, Exception failure)
    {
        var now = _clock.GetUtcNow();
        var reason = Describe(failure);
        return failure switch
        {
            WorkFailedPermanentlyException => new WorkFailure(null, reason),
            _ when item.Attempt >= _options.MaxAttempts => new WorkFailure(null, $"gave up after {item.Attempt} attempts: {reason}"),
            RetryWorkLaterException later => new WorkFailure(now + (later.After > TimeSpan.Zero ? later.After : TimeSpan.Zero), reason),
            _ => new WorkFailure(now + _retries.DelayAfter(item.Attempt), reason),
        };
    }

    private static string Describe(Exception failure) => failure switch
    {
        WorkFailedPermanentlyException { InnerException: { } inner } => $"{failure.Message} ({inner.GetType().Name}: {inner.Message})",
        WorkFailedPermanentlyException or RetryWorkLaterException => failure.Message,
        _ => $"{failure.GetType().Name}: {failure.Message}",
    };

    private static string Truncate(string text) => text.Length <= MaxErrorLength ? text : text[..MaxErrorLength];
}
