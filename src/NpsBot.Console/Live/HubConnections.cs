using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace NpsBot.Console.Live;

/// <summary>The open hub connections per user, so that disabling a user closes theirs at once.</summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, HubCallerContext> _byConnection = new();

    public int Count => _byConnection.Count;

    public void Add(HubCallerContext context) => _byConnection[context.ConnectionId] = context;

    public void Remove(HubCallerContext context) => _byConnection.TryRemove(context.ConnectionId, out _);

    public int CloseAllOf(string userId)
    {
        var closed = 0;
        foreach (var context in _byConnection.Values.Where(c => c.UserIdentifier == userId))
        {
            context.Abort();
            closed++;
        }

        return closed;
    }
}
