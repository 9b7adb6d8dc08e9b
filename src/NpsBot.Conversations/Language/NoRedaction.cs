namespace NpsBot.Conversations.Language;

/// <summary>Keeps text as it is; for hosts that store transcripts unredacted by choice.</summary>
public sealed class NoRedaction : ITextRedactor
{
    public string Redact(string text) => text;
}
