using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NpsBot.Console.Access;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.AgentConsole;

/// <summary>Identity's claims (id, e-mail, roles, security stamp) plus the display name the console shows.</summary>
public sealed class ConsoleClaimsFactory(UserManager<ConsoleUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ConsoleUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConsoleUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AgentIdentities.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
