namespace NpsBot.Conversations.Language;

/// <summary>Finds global cues (human, stop, change score, help) in a message.</summary>
public interface IIntentDetector
{
    IntentResult Detect(string text, string? locale);
}
