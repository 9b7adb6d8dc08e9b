namespace NpsBot.Conversations.Language;

/// <summary>Removes personal data from text before it is stored in a transcript.</summary>
public interface ITextRedactor
{
    string Redact(string text);
}
