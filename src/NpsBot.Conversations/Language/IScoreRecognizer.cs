namespace NpsBot.Conversations.Language;

/// <summary>Reads a 0–10 score out of what a customer typed.</summary>
public interface IScoreRecognizer
{
    ScoreRecognition Recognize(string text, string? locale);
}
