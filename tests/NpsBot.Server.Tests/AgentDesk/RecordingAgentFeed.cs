using System.Collections.Concurrent;
using NpsBot.Recovery.Agents;

namespace NpsBot.Server.Tests.AgentDesk;

/// <summary>A console's feed as a test sees it: every event the desk raised, in order.</summary>
public sealed class RecordingAgentFeed : IAgentFeed
{
    public ConcurrentQueue<string> Changed { get; } = new();

    public ConcurrentQueue<(string CaseKey, TranscriptLine Line)> Lines { get; } = new();

    public ConcurrentQueue<string> Typing { get; } = new();

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

    public Task CustomerTypingAsync(string caseKey, CancellationToken cancellationToken)
    {
        Typing.Enqueue(caseKey);
        return Task.CompletedTask;
    }
}
