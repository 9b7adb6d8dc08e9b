using System.Security.Claims;
using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Access;

/// <summary>The desk's view of the signed-in person: managers and admins may go above a playbook's policy.</summary>
public static class AgentIdentities
{
    /// <summary>The claim the host adds with the user's display name.</summary>
    public const string DisplayNameClaim = "npsbot:display_name";

    public static AgentIdentity From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("The signed-in user has no id claim.");
        var name = user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : user.Identity?.Name ?? id;
        return new AgentIdentity(id, name, user.IsInRole(ConsoleRoles.Manager) || user.IsInRole(ConsoleRoles.Admin));
    }
}
