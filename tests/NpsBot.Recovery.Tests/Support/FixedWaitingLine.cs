using NpsBot.Recovery.Handoff;

namespace NpsBot.Recovery.Tests.Support;

/// <summary>A handoff queue with a fixed number of customers ahead (counted up to the limit asked, as the store does).</summary>
internal sealed class FixedWaitingLine(int ahead) : IHandoffWaitingLine
{
    public Task<int> WaitingAheadAsync(string caseKey, int priority, DateTimeOffset openedAt, int countUpTo, CancellationToken cancellationToken) =>
        Task.FromResult(Math.Min(ahead, countUpTo));
}
