using System.Collections.Concurrent;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Stores;

/// <summary>
/// A small pool of <see cref="TurnReader"/>s, written by hand because a connection pool hands out connections, not
/// prepared statements. A turn rents one, reads, and returns it; a reader whose read failed is dropped, not returned
/// (its connection may be broken). At most <see cref="MaxIdle"/> are kept; more are opened only while more turns read
/// at once, and closed when returned to a full pool.
/// </summary>
internal sealed class TurnReaders(string connectionString, SqlDialect dialect) : IDisposable
{
    public static readonly int MaxIdle = Math.Max(8, Environment.ProcessorCount * 4);

    private readonly ConcurrentBag<TurnReader> _idle = [];
    private int _idleCount;
    private bool _disposed;

    public TurnReader Rent()
    {
        if (_idle.TryTake(out var reader))
        {
            Interlocked.Decrement(ref _idleCount);
            return reader;
        }

        return new TurnReader(connectionString, dialect);
    }

    public void Return(TurnReader reader)
    {
        if (!Volatile.Read(ref _disposed))
        {
            if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
            {
                _idle.Add(reader);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        reader.Dispose();
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_idle.TryTake(out var reader))
        {
            reader.Dispose();
        }
    }
}
