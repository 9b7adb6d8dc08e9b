using NpsBot.Conversations.Language;

namespace NpsBot.Language.Evaluation;

/// <summary>
/// One labelled score reply: language, expected status and score, text. <paramref name="NoScore"/>: the blind sets label only
/// "a score" or "no score" (none, ambiguous and out-of-range alike), so any status but <see cref="ScoreStatus.Ok"/> is right.
/// </summary>
public sealed record ScoreCase(string Language, ScoreStatus Status, int? Score, string Text, bool NoScore = false)
{
    public bool IsMatch(ScoreRecognition got) =>
        NoScore ? got.Status != ScoreStatus.Ok : got.Status == Status && got.Score == Score;
}
