namespace NpsBot.Conversations.Runner;

/// <summary>
/// One turn at a time per conversation inside this process. Striped semaphores keep memory flat however many
/// conversations have run: two conversations that share a stripe only wait for each other, never mix.
/// </summary>
public sealed class KeyedGate(int stripes = 4096)
{
    private readonly SemaphoreSlim[] _gates = Enumerable.Range(0, stripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public async ValueTask<Releaser> EnterAsync(string key, CancellationToken cancellationToken)
    {
        var gate = _gates[(int)((uint)StringComparer.Ordinal.GetHashCode(key) % (uint)_gates.Length)];
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    /// <summary>Leaves the gate when disposed.</summary>
    public readonly struct Releaser(SemaphoreSlim gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
