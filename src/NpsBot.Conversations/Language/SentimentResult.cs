namespace NpsBot.Conversations.Language;

/// <summary>Sentiment from -1 to 1, and whether a human should take over, with the reasons (legal, safety, churn-anger, repeated-contact, abuse).</summary>
public sealed record SentimentResult(double Sentiment, bool Escalate, IReadOnlyList<string> Reasons)
{
    public static SentimentResult Neutral { get; } = new(0, false, []);
}
