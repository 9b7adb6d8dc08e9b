using System.Collections.Concurrent;
using NpsBot.Recovery.Agents;

namespace NpsBot.Recovery.Tests.Support;

internal sealed class RecordingFeed : IAgentFeed
{
    public ConcurrentQueue<string> Changed { get; } = new();

    public ConcurrentQueue<(string CaseKey, TranscriptLine Line)> Lines { get; } = new();

    public Task CaseChangedAsync(string caseKey, CancellationToken cancellationToken)
    {
        Changed.Enqueue(caseKey);
        return Task.CompletedTask;
    }

    public Task ConversationLineAsync(string caseKey, TranscriptLine line, CancellationToken cancellationToken)
    {
        Lines.Enqueue((caseKey, line));
        return Task.CompletedTask;
    }

    public Task CustomerTypingAsync(string caseKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
