namespace NpsBot.Conversations.Privacy;

/// <summary>
/// Encrypts the raw text a customer typed, for the few readers that genuinely need it (an agent reading a live
/// conversation). The host implements it with ASP.NET Core Data Protection; this project knows only the interface.
/// </summary>
public interface ITextProtector
{
    /// <summary>The encrypted text, or null when this host keeps no raw text at all.</summary>
    string? Protect(string text);

    /// <summary>The text <see cref="Protect"/> encrypted; throws when the key that encrypted it is not available.</summary>
    string Unprotect(string protectedText);
}
