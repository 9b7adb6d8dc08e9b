namespace NpsBot.Storage.Work;

/// <summary>
/// Wakes the work-queue runner of this process as soon as a commit has queued work, so a reply does not wait for the
/// next poll. Several notifications before the runner looks again count as one.
/// </summary>
public sealed class WorkQueueSignal : IDisposable
{
    private readonly SemaphoreSlim _pending = new(0, 1);

    /// <summary>
    /// Told of every <see cref="Notify"/>, to wake the runners of the other server instances (set by the host when they
    /// share a message bus, Redis); null on a single instance.
    /// </summary>
    public Action? Broadcast { get; set; }

    /// <summary>Says that new work may be due: wakes this process's runner and, through <see cref="Broadcast"/>, the other instances'.</summary>
    public void Notify()
    {
        Broadcast?.Invoke();
        Wake();
    }

    /// <summary>Wakes this process's runner only (another instance queued work).</summary>
    public void Wake()
    {
        try
        {
            _pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled and not yet observed: one wake-up covers both.
        }
    }

    public void Dispose() => _pending.Dispose();

    /// <summary>Waits for a notification or <paramref name="timeout"/> on <paramref name="clock"/>; true when notified.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, TimeProvider clock, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var notified = _pending.WaitAsync(linked.Token);
        var elapsed = Task.Delay(timeout, clock, linked.Token);
        await Task.WhenAny(notified, elapsed);
        await linked.CancelAsync();
        try
        {
            // Awaited even after the delay won: a notification taken just before the cancel must not be lost.
            await notified;
            return true;
        }
        catch (OperationCanceledException)
        {
            cancellationToken.ThrowIfCancellationRequested();
            return false;
        }
    }
}
