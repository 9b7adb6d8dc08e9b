namespace NpsBot.Conversations.Language;

/// <summary>Keeps text as it is; for tests of code that does not care about redaction. The server never registers it.</summary>
public sealed class NoRedaction : ITextRedactor
{
    public string Redact(string text) => text;
}
