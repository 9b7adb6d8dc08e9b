namespace NpsBot.Console.Access;

/// <summary>
/// Users and roles, implemented by the host over ASP.NET Core Identity (the console does not see the database).
/// Listing is for every console user (the transfer list); changes are for admins, and the users page checks the role.
/// </summary>
public interface IConsoleUsers
{
    Task<IReadOnlyList<ConsoleUserSummary>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Adds a user with one role; the result's Error names what was wrong (e-mail taken, password too weak...).</summary>
    Task<UserChangeResult> AddAsync(string email, string displayName, string password, string role, CancellationToken cancellationToken);

    Task<UserChangeResult> SetRoleAsync(string userId, string role, CancellationToken cancellationToken);

    /// <summary>Disables (or enables) a user: a disabled user cannot sign in, and their cookie, hub connections and console stop at once.</summary>
    Task<UserChangeResult> SetDisabledAsync(string userId, bool disabled, CancellationToken cancellationToken);
}

public sealed record UserChangeResult(bool Succeeded, string? Error = null)
{
    public static UserChangeResult Done { get; } = new(true);

    public static UserChangeResult Failed(string error) => new(false, error);
}
