namespace NpsBot.Recovery.Agents;

/// <summary>The desk's default feed: nobody listens (the console's host replaces it with its SignalR feed).</summary>
public sealed class NoAgentFeed : IAgentFeed
{
    public Task CaseChangedAsync(string caseKey, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task ConversationLineAsync(string caseKey, TranscriptLine line, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task CustomerTypingAsync(string caseKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
