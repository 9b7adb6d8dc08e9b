using System.Collections.Concurrent;

namespace NpsBot.Server.Tests.Support;

/// <summary>Lines written by several threads, kept in order of arrival.</summary>
public sealed class ConcurrentLog
{
    private readonly ConcurrentQueue<string> _lines = new();

    public void Add(string line) => _lines.Enqueue(line);

    public IReadOnlyCollection<string> Lines => _lines;

    public override string ToString() => string.Join('\n', _lines.TakeLast(200));
}
