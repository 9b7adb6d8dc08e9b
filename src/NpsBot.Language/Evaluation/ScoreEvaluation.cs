using NpsBot.Conversations.Language;

namespace NpsBot.Language.Evaluation;

/// <summary>How the score recognizer did on a labelled set: overall accuracy, accuracy per expected status, and the misses.</summary>
public sealed record ScoreEvaluation(double Accuracy, IReadOnlyDictionary<ScoreStatus, (int Correct, int Total)> PerStatus, IReadOnlyList<(ScoreCase Case, ScoreRecognition Got)> Misses)
{
    public static ScoreEvaluation Run(IScoreRecognizer recognizer, IReadOnlyList<ScoreCase> cases)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(cases);
        var perStatus = new Dictionary<ScoreStatus, (int Correct, int Total)>();
        var misses = new List<(ScoreCase, ScoreRecognition)>();
        foreach (var item in cases)
        {
            var got = recognizer.Recognize(item.Text, item.Language);
            var correct = item.IsMatch(got);
            var (c, t) = perStatus.GetValueOrDefault(item.Status);
            perStatus[item.Status] = (c + (correct ? 1 : 0), t + 1);
            if (!correct)
            {
                misses.Add((item, got));
            }
        }

        var accuracy = cases.Count == 0 ? 0 : (double)(cases.Count - misses.Count) / cases.Count;
        return new ScoreEvaluation(accuracy, perStatus, misses);
    }
}
