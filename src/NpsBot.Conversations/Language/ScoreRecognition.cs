namespace NpsBot.Conversations.Language;

/// <summary>
/// The recognizer's answer: status, the score when <see cref="ScoreStatus.Ok"/>, the span it came from, whether it was read
/// from words, and (with <see cref="ScoreStatus.Ambiguous"/>) whether it was a rating on another scale ("4 stars", "2/5").
/// </summary>
public sealed record ScoreRecognition(ScoreStatus Status, int? Score, int SpanStart = 0, int SpanLength = 0, bool FromWords = false, bool OtherScale = false)
{
    public static ScoreRecognition None { get; } = new(ScoreStatus.None, null);

    public static ScoreRecognition Of(int score, int spanStart, int spanLength, bool fromWords = false) =>
        new(ScoreStatus.Ok, score, spanStart, spanLength, fromWords);
}
