namespace NpsBot.Conversations.Language;

/// <summary>Scores sentiment and spots escalation cues in a message.</summary>
public interface ISentimentAnalyzer
{
    SentimentResult Analyze(string text, string? locale);
}
