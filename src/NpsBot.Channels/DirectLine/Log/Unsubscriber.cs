namespace NpsBot.Channels.DirectLine.Log;

/// <summary>Runs its action once when disposed.</summary>
internal sealed class Unsubscriber(Action unsubscribe) : IDisposable
{
    private Action? _unsubscribe = unsubscribe;

    public void Dispose() => Interlocked.Exchange(ref _unsubscribe, null)?.Invoke();
}
