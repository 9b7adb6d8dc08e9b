using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// A logger provider that keeps every entry the server writes from <paramref name="minimum"/> up (all by default), so a
/// test can say what was (and was not) logged.
/// </summary>
public sealed class CapturedLogs(LogLevel minimum = LogLevel.Trace) : ILoggerProvider
{
    public ConcurrentQueue<Entry> Entries { get; } = new();

    /// <summary>Entries at Error or above: an unhandled exception, a failed turn, a database error.</summary>
    public IReadOnlyList<Entry> Errors => Entries.Where(entry => entry.Level >= LogLevel.Error).ToList();

    /// <summary>Every entry as one line with its exception, for tests that search what was logged.</summary>
    public IEnumerable<string> Messages => Entries.Select(entry => $"{entry.Level} {entry.Category}: {entry.Message} {entry.Exception}");

    private LogLevel Minimum => minimum;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    /// <summary>One log entry as written.</summary>
    public sealed record Entry(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
    {
        public override string ToString() => $"{Level} {Category} [{EventId.Name}] {Message} {Exception?.GetType().Name}: {Exception?.Message}";
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= logs.Minimum && logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                logs.Entries.Enqueue(new Entry(category, logLevel, eventId, formatter(state, exception), exception));
            }
        }
    }
}
