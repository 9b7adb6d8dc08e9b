using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NpsBot.Server.Tests.Support;

/// <summary>A logger provider that keeps every message (with its exception) the server logs, at every level.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs logs, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            logs.Messages.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
