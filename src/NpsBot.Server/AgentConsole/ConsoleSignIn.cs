using Microsoft.AspNetCore.Identity;
using NpsBot.Console.Access;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.AgentConsole;

/// <summary>The sign-in page's password check: Identity's, with lockout on repeated failures.</summary>
public sealed class ConsoleSignIn(SignInManager<ConsoleUser> signIn, UserManager<ConsoleUser> users) : IConsoleSignIn
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return SignInOutcome.Failed;
        }

        if (user.Disabled)
        {
            return SignInOutcome.Disabled;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.SignedIn : result.IsLockedOut ? SignInOutcome.LockedOut : SignInOutcome.Failed;
    }
}
