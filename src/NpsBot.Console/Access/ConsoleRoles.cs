namespace NpsBot.Console.Access;

/// <summary>The console's roles and the authorization policies built on them.</summary>
public static class ConsoleRoles
{
    public const string Agent = "agent";
    public const string Manager = "manager";
    public const string Admin = "admin";

    /// <summary>Agents, managers and admins: the console, its hub and its endpoints.</summary>
    public const string StaffPolicy = "console-staff";

    /// <summary>Admins only: the users page.</summary>
    public const string AdminPolicy = "console-admin";

    /// <summary>Managers and admins: the dashboard, the responses and their exports.</summary>
    public const string ManagerPolicy = "console-manager";

    public static IReadOnlyList<string> All { get; } = [Agent, Manager, Admin];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
