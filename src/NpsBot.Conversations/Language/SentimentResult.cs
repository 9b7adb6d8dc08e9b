namespace NpsBot.Conversations.Language;

/// <summary>Sentiment from -1 to 1, and whether a human should take over, with the reasons (person_requested, safety, health, vulnerable, legal, damage, repeated_contact, churn_anger, abuse).</summary>
public sealed record SentimentResult(double Sentiment, bool Escalate, IReadOnlyList<string> Reasons)
{
    public static SentimentResult Neutral { get; } = new(0, false, []);
}
