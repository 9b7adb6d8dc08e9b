using NpsBot.Conversations.Work;

namespace NpsBot.Storage.Work;

/// <summary>
/// A claimed job's lease kept alive while its handler runs (<see cref="SqliteWorkQueueStore.KeepLease"/>): every
/// <c>interval</c> (a third of the lease) the lease is pushed forward on the writer connection, so another instance
/// claims the job only when this one stopped renewing it (it died, or its writes fail for longer than two intervals).
/// When a renewal finds the lease gone, <see cref="Lost"/> is cancelled: the handler's work may be repeated elsewhere
/// and its outcome will change nothing. Part of the queue itself, not a scheduler: nothing is run by it.
/// </summary>
public sealed class WorkLease : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private Task _renewing = Task.CompletedTask;
    private int _renewals;

    private WorkLease()
    {
    }

    /// <summary>Cancelled when a renewal found that this instance no longer holds the lease.</summary>
    public CancellationToken Lost => _lost.Token;

    /// <summary>Renewals that succeeded so far.</summary>
    public int Renewals => Volatile.Read(ref _renewals);

    internal static WorkLease Start(SqliteWorkQueueStore queue, WorkItem item, TimeSpan interval, TimeProvider clock)
    {
        var lease = new WorkLease();
        lease._renewing = lease.RenewAsync(queue, item, interval, clock);
        return lease;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        _stop.Dispose();
        _lost.Dispose();
    }

    private async Task RenewAsync(SqliteWorkQueueStore queue, WorkItem item, TimeSpan interval, TimeProvider clock)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(interval, clock, _stop.Token);
                if (!await queue.RenewAsync(item, _stop.Token))
                {
                    await _lost.CancelAsync();
                    return;
                }

                Interlocked.Increment(ref _renewals);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database is unreachable for now: try again at the next interval (the lease still has two left).
            }
        }
    }
}
