using System.Security.Cryptography;
using NpsBot.Console.Access;

namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>
/// The demo console users (five agents, one manager and one admin, who manages API keys and webhooks) with one
/// generated password, created through <see cref="IConsoleUsers"/> (ASP.NET Core Identity, hashed as for any user).
/// Users that already exist are reused and keep their password.
/// </summary>
internal static class DemoUsers
{
    public const string Domain = "demo.example.com";
    private const int AgentCount = 5;

    public static async Task<(IReadOnlyList<DemoAgent> Agents, string? Password, IReadOnlyList<string> Emails)> EnsureAsync(IConsoleUsers users, CancellationToken cancellationToken)
    {
        var password = NewPassword();
        var created = false;
        var wanted = Enumerable.Range(1, AgentCount)
            .Select(n => (Email: $"agent{n}@{Domain}", Name: $"Demo Agent {n}", Role: ConsoleRoles.Agent))
            .Append((Email: $"manager@{Domain}", Name: "Demo Manager", Role: ConsoleRoles.Manager))
            .Append((Email: $"admin@{Domain}", Name: "Demo Admin", Role: ConsoleRoles.Admin))
            .ToList();
        var existing = (await users.ListAsync(cancellationToken)).Select(u => u.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (email, name, role) in wanted.Where(w => !existing.Contains(w.Email)))
        {
            var result = await users.AddAsync(email, name, password, role, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Could not create {email}: {result.Error}");
            }

            created = true;
        }

        var all = await users.ListAsync(cancellationToken);
        var agents = all.Where(u => u.Role == ConsoleRoles.Agent && u.Email.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase))
            .OrderBy(u => u.Email, StringComparer.Ordinal)
            .Select(u => new DemoAgent(u.Id, u.DisplayName))
            .ToList();
        return (agents, created ? password : null, wanted.Select(w => w.Email).ToList());
    }

    /// <summary>Four groups like "Kx7m" joined by dashes: upper, lower, digit and symbol, whatever the Identity policy asks.</summary>
    private static string NewPassword()
    {
        const string upper = "ABCDEFGHJKLMNPQRSTUVWXYZ", lower = "abcdefghijkmnpqrstuvwxyz", digits = "23456789";
        return string.Join('-', Enumerable.Range(0, 4).Select(_ => string.Concat(
            upper[RandomNumberGenerator.GetInt32(upper.Length)], lower[RandomNumberGenerator.GetInt32(lower.Length)],
            digits[RandomNumberGenerator.GetInt32(digits.Length)], lower[RandomNumberGenerator.GetInt32(lower.Length)])));
    }
}
