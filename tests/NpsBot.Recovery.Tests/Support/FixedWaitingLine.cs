using NpsBot.Recovery.Handoff;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>A handoff queue with a fixed number of customers ahead.</summary>
internal sealed class FixedWaitingLine(int ahead) : IHandoffWaitingLine
{
    public Task<int> WaitingAheadAsync(string caseKey, int priority, DateTimeOffset openedAt, CancellationToken cancellationToken) => Task.FromResult(ahead);
}
