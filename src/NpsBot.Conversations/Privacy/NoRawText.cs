namespace NpsBot.Conversations.Privacy;

/// <summary>Keeps no raw text: only the redacted text is stored. The default when no protector is configured.</summary>
public sealed class NoRawText : ITextProtector
{
    public static NoRawText Instance { get; } = new();

    public string? Protect(string text) => null;

    public string Unprotect(string protectedText) =>
        throw new System.Security.Cryptography.CryptographicException("This host keeps no raw text, so there is nothing to decrypt.");
}
