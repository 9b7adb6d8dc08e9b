using System.Collections.Concurrent;
using NpsBot.Conversations.Work;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Work;

/// <summary>
/// Runs the durable work queue in this instance: claims due jobs (a lease per job, up to
/// <see cref="WorkQueueOptions.MaxConcurrency"/> at a time) as soon as a commit queues work or every
/// <see cref="WorkQueueOptions.PollInterval"/>, hands each to the <see cref="IWorkHandler"/> of its kind (resolved in a
/// scope of its own), and records the outcome. A failing job is retried or dead-lettered alone; nothing stops the
/// loop. A graceful stop claims nothing more, lets running jobs finish for up to
/// <see cref="WorkQueueOptions.ShutdownTimeout"/>, then cancels them and gives their leases back.
/// </summary>
public sealed partial class WorkQueueRunner(
    SqliteWorkQueueStore queue, WorkQueueSignal signal, IServiceScopeFactory scopes, WorkQueueMetrics metrics, TimeProvider clock,
    ILogger<WorkQueueRunner> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<long, Task> _running = new();
    private readonly CancellationTokenSource _abort = new();
    private long _lastSnapshot;

    private WorkQueueOptions Options => queue.Options;

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ClaimUntilStoppedAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: claim nothing more.
        }

        await DrainAsync();
    }

    private async Task ClaimUntilStoppedAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var free = Options.MaxConcurrency - _running.Count;
            var claimed = free > 0 ? await TryClaimAsync(free, stoppingToken) : [];
            foreach (var item in claimed)
            {
                // Registered before it starts, so the count above never undercounts.
                var started = new TaskCompletionSource();
                _running[item.Id] = RunAfterAsync(started.Task, item);
                started.SetResult();
            }

            await RefreshSnapshotAsync(stoppingToken);

            // A full claim means more may be due now; otherwise wait for a commit's signal, a finished job or the poll.
            if (free > 0 && claimed.Count == free)
            {
                continue;
            }

            await signal.WaitAsync(Options.PollInterval, clock, stoppingToken);
        }
    }

    private async Task<IReadOnlyList<WorkItem>> TryClaimAsync(int limit, CancellationToken stoppingToken)
    {
        try
        {
            return await queue.ClaimAsync(limit, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogClaimFailed(ex);
            return [];
        }
    }

    private async Task RunAfterAsync(Task registered, WorkItem item)
    {
        await registered;
        try
        {
            await RunAsync(item);
        }
        finally
        {
            _running.TryRemove(item.Id, out _);
            if (_running.Count == Options.MaxConcurrency - 1)
            {
                // A slot came free while all were busy: claim again without waiting for the poll.
                signal.Notify();
            }
        }
    }

    private async Task RunAsync(WorkItem item)
    {
        try
        {
            if (item.Attempt > Options.MaxAttempts)
            {
                await DeadLetterAsync(item, $"claimed {item.Attempt} times without an outcome (instances stopped while running it)");
                return;
            }

            await using var scope = scopes.CreateAsyncScope();
            var handler = scope.ServiceProvider.GetServices<IWorkHandler>().FirstOrDefault(candidate => candidate.Kind == item.Kind);
            if (handler is null)
            {
                await DeadLetterAsync(item, $"no handler is registered for kind '{item.Kind}'");
                return;
            }

            // The lease is renewed while the handler runs: a job longer than WorkQueue:LeaseDuration is not claimed twice.
            await using (var lease = queue.KeepLease(item))
            {
                using var cancel = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token, lease.Lost);
                await handler.HandleAsync(item, cancel.Token);
            }

            await queue.CompleteAsync(item, CancellationToken.None);
            metrics.Ran(item.Kind, "done");
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            await ReleaseAsync(item);
        }
        catch (Exception failure)
        {
            await RecordFailureAsync(item, failure);
        }
    }

    private async Task RecordFailureAsync(WorkItem item, Exception failure)
    {
        try
        {
            var outcome = await queue.FailAsync(item, failure, CancellationToken.None);
            if (outcome.IsDead)
            {
                metrics.DeadLettered(item.Kind);
                LogDeadLetter(failure, item.Id, item.Kind, item.Attempt, outcome.Reason);
            }
            else
            {
                LogRetry(item.Id, item.Kind, item.Attempt, outcome.RetryAt!.Value, outcome.Reason);
            }

            metrics.Ran(item.Kind, outcome.IsDead ? "dead" : "retry");
        }
        catch (Exception ex)
        {
            // The lease runs out and another claim retries it.
            LogOutcomeFailed(ex, item.Id, item.Kind);
        }
    }

    private async Task DeadLetterAsync(WorkItem item, string reason)
    {
        var outcome = await queue.DeadLetterAsync(item, reason, CancellationToken.None);
        metrics.DeadLettered(item.Kind);
        metrics.Ran(item.Kind, "dead");
        LogDeadLetter(null, item.Id, item.Kind, item.Attempt, outcome.Reason);
    }

    private async Task ReleaseAsync(WorkItem item)
    {
        try
        {
            await queue.ReleaseAsync([item], CancellationToken.None);
            metrics.Ran(item.Kind, "released");
        }
        catch (Exception ex)
        {
            LogOutcomeFailed(ex, item.Id, item.Kind);
        }
    }

    private async Task DrainAsync()
    {
        var running = Task.WhenAll(_running.Values);
        var bound = Task.Delay(Options.ShutdownTimeout, clock);
        if (await Task.WhenAny(running, bound) != running)
        {
            LogShutdownCancelling(_running.Count);
            await _abort.CancelAsync();
            await running;
        }
    }

    private async Task RefreshSnapshotAsync(CancellationToken stoppingToken)
    {
        var now = clock.GetTimestamp();
        if (clock.GetElapsedTime(_lastSnapshot, now) < Options.PollInterval && _lastSnapshot != 0)
        {
            return;
        }

        _lastSnapshot = now;
        try
        {
            metrics.Snapshot = await queue.GetSnapshotAsync(stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogClaimFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The work queue could not be read; trying again at the next poll")]
    private partial void LogClaimFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Work item {Id} ({Kind}) is a dead letter after {Attempts} attempt(s): {Reason}")]
    private partial void LogDeadLetter(Exception? exception, long id, string kind, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Work item {Id} ({Kind}) failed attempt {Attempt}; retrying at {RetryAt:O}: {Reason}")]
    private partial void LogRetry(long id, string kind, int attempt, DateTimeOffset retryAt, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The outcome of work item {Id} ({Kind}) could not be saved; its lease will run out and it will run again")]
    private partial void LogOutcomeFailed(Exception exception, long id, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping: {Count} job(s) still running after the shutdown timeout are cancelled and given back")]
    private partial void LogShutdownCancelling(int count);
}
