using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using NpsBot.Console.Access;

namespace NpsBot.Console.Live;

/// <summary>
/// The agents' live feed over SignalR (<c>/hubs/agents</c>): agents, managers and admins only, checked when the
/// connection opens (a disabled user's cookie is refused there) and again when an admin disables them (the connection
/// is closed). Clients receive <c>CaseChanged(caseKey)</c>, <c>ConversationLine(caseKey, at, role)</c> and
/// <c>CustomerTyping(caseKey)</c>; the text itself is read through the workspace, which redacts it unless the agent holds the case.
/// </summary>
[Authorize(Policy = ConsoleRoles.StaffPolicy)]
public sealed class AgentsHub(HubConnections connections) : Hub
{
    public const string Path = "/hubs/agents";

    public override Task OnConnectedAsync()
    {
        connections.Add(Context);
        return base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        connections.Remove(Context);
        return base.OnDisconnectedAsync(exception);
    }
}
