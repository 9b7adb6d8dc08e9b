using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using NpsBot.Console;
using NpsBot.Console.Access;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.AgentConsole;

/// <summary>
/// At start-up: the three roles exist, and with no users yet the first admin is made from
/// <c>Console:FirstAdmin:Email</c>/<c>Password</c> if set; otherwise the server says how to make one.
/// </summary>
public sealed class FirstAdmin(IServiceScopeFactory scopes, IConsoleUsers users, IOptions<ConsoleOptions> options, ILogger<FirstAdmin> log)
{
    public const string Hint =
        "No console users yet. Create the first admin with: dotnet run --project src/NpsBot.Server -- users add --email you@example.com --role admin " +
        "(the password is read from standard input), or set Console:FirstAdmin:Email and Console:FirstAdmin:Password for the first start. Then open /console.";

    /// <summary>Creates the roles and, if configured and there is nobody yet, the first admin; true when users exist afterwards.</summary>
    public async Task<bool> EnsureAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
        {
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in ConsoleRoles.All)
            {
                if (!await roles.RoleExistsAsync(role))
                {
                    await roles.CreateAsync(new IdentityRole(role));
                }
            }

            var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ConsoleUser>>();
            if (userManager.Users.Any())
            {
                return true;
            }
        }

        var first = options.Value.FirstAdmin;
        if (string.IsNullOrWhiteSpace(first.Email) || string.IsNullOrEmpty(first.Password))
        {
            return false;
        }

        var result = await users.AddAsync(first.Email, "", first.Password, ConsoleRoles.Admin, cancellationToken);
        if (!result.Succeeded)
        {
            log.LogError("Console:FirstAdmin could not be created: {Error}", result.Error);
            return false;
        }

        log.LogInformation("Created the first console admin from Console:FirstAdmin; remove the password from the configuration now.");
        return true;
    }

    /// <summary>Prints the first-admin hint once the server listens, when nobody can sign in yet.</summary>
    public static void AnnounceHint(WebApplication app, bool usersExist)
    {
        if (!usersExist)
        {
            app.Lifetime.ApplicationStarted.Register(() => app.Logger.LogWarning("{Hint}", Hint));
        }
    }
}
