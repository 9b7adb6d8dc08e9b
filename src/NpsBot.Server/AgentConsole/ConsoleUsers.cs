using Microsoft.AspNetCore.Identity;
using NpsBot.Console.Access;
using NpsBot.Console.Live;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.AgentConsole;

/// <summary>
/// Users and roles over ASP.NET Core Identity. Each call has its own scope (and so its own database context), because a
/// Blazor circuit lives for hours. Disabling a user or changing their role changes their security stamp (their cookie
/// fails its next check), closes their hub connections and signs their open consoles out.
/// </summary>
public sealed class ConsoleUsers(IServiceScopeFactory scopes, ConsoleEvents events, HubConnections hubConnections, TimeProvider clock) : IConsoleUsers
{
    public async Task<IReadOnlyList<ConsoleUserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var list = new List<ConsoleUserSummary>();
        foreach (var user in users.Users.OrderBy(u => u.Email).ToList())
        {
            var roles = await users.GetRolesAsync(user);
            list.Add(new ConsoleUserSummary(user.Id, user.Email ?? "", user.DisplayName, roles.FirstOrDefault() ?? "", user.Disabled));
        }

        return list;
    }

    public async Task<UserChangeResult> AddAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken)
    {
        if (!ConsoleRoles.IsKnown(role))
        {
            return UserChangeResult.Failed($"role: must be one of {string.Join(", ", ConsoleRoles.All)}.");
        }

        if (string.IsNullOrWhiteSpace(email))
        {
            return UserChangeResult.Failed("email: required.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        var user = new ConsoleUser
        {
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim().Split('@')[0] : displayName.Trim(),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            LockoutEnabled = true,
        };
        var created = await users.CreateAsync(user, password ?? "");
        if (!created.Succeeded)
        {
            return UserChangeResult.Failed(Describe(created));
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? UserChangeResult.Done : UserChangeResult.Failed(Describe(added));
    }

    public async Task<UserChangeResult> SetRoleAsync(string userId, string role, CancellationToken cancellationToken)
    {
        if (!ConsoleRoles.IsKnown(role))
        {
            return UserChangeResult.Failed($"role: must be one of {string.Join(", ", ConsoleRoles.All)}.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserChangeResult.Failed("user: not found.");
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return UserChangeResult.Done;
        }

        if (current.Contains(ConsoleRoles.Admin) && role != ConsoleRoles.Admin && await IsLastActiveAdminAsync(users, user))
        {
            return UserChangeResult.Failed("role: this is the last active admin.");
        }

        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        if (!added.Succeeded)
        {
            return UserChangeResult.Failed(Describe(added));
        }

        await users.UpdateSecurityStampAsync(user);
        Revoke(user.Id);
        return UserChangeResult.Done;
    }

    public async Task<UserChangeResult> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return UserChangeResult.Failed("user: not found.");
        }

        if (disabled && await users.IsInRoleAsync(user, ConsoleRoles.Admin) && await IsLastActiveAdminAsync(users, user))
        {
            return UserChangeResult.Failed("user: this is the last active admin.");
        }

        user.Disabled = disabled;
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return UserChangeResult.Failed(Describe(updated));
        }

        if (disabled)
        {
            await users.UpdateSecurityStampAsync(user);
            Revoke(user.Id);
        }

        return UserChangeResult.Done;
    }

    private static async Task<bool> IsLastActiveAdminAsync(UserManager<ConsoleUser> users, ConsoleUser user)
    {
        var admins = await users.GetUsersInRoleAsync(ConsoleRoles.Admin);
        return admins.All(admin => admin.Id == user.Id || admin.Disabled);
    }

    private void Revoke(string userId)
    {
        hubConnections.CloseAllOf(userId);
        events.RaiseAccessRevoked(userId);
    }

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
