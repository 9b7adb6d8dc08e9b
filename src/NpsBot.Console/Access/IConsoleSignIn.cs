namespace NpsBot.Console.Access;

/// <summary>Cookie sign-in, implemented by the host with ASP.NET Core Identity's SignInManager (lockout on failures).</summary>
public interface IConsoleSignIn
{
    Task<SignInOutcome> SignInAsync(string email, string password, CancellationToken cancellationToken);
}

public enum SignInOutcome { SignedIn, Failed, LockedOut, Disabled }
