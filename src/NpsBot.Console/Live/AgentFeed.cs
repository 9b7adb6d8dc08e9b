using Microsoft.AspNetCore.SignalR;
using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Live;

/// <summary>
/// The console's <see cref="IAgentFeed"/>: the desk raises an event after its change is committed; this tells the
/// circuits of this instance (<see cref="ConsoleEvents"/>) and every hub client. The hub carries no transcript text:
/// a client reads it through the workspace, which decides what this agent may see.
/// </summary>
public sealed class AgentFeed(IHubContext<AgentsHub> hub, ConsoleEvents events) : IAgentFeed
{
    public async Task CaseChangedAsync(string caseKey, CancellationToken cancellationToken)
    {
        events.RaiseCaseChanged(caseKey);
        await hub.Clients.All.SendAsync("CaseChanged", caseKey, cancellationToken);
    }

    public async Task ConversationLineAsync(string caseKey, TranscriptLine line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        events.RaiseConversationLine(caseKey, line);
        await hub.Clients.All.SendAsync("ConversationLine", caseKey, line.At, line.Role, cancellationToken);
    }

    public async Task CustomerTypingAsync(string caseKey, CancellationToken cancellationToken)
    {
        events.RaiseCustomerTyping(caseKey);
        await hub.Clients.All.SendAsync("CustomerTyping", caseKey, cancellationToken);
    }
}
