using Microsoft.AspNetCore.Identity;

namespace NpsBot.Storage.Entities;

/// <summary>
/// A person who signs in to the console (agent, manager, admin): an ASP.NET Core Identity user with a display name
/// and a disabled flag. Passwords, lockout and the security stamp are Identity's own columns.
/// </summary>
public sealed class ConsoleUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Set by an admin: the user cannot sign in, and their cookie stops working (the security stamp changes too).</summary>
    public bool Disabled { get; set; }

    public DateTime CreatedAt { get; set; }
}
