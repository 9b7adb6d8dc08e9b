namespace NpsBot.Language.Evaluation;

/// <summary>How the theme classifier did: accuracy, per-theme F1, macro-F1 and the confusion matrix (expected → predicted).</summary>
public sealed record ThemeEvaluation(
    double Accuracy,
    double MacroF1,
    IReadOnlyList<string> Themes,
    IReadOnlyDictionary<string, double> F1,
    IReadOnlyDictionary<(string Expected, string Predicted), int> Confusion)
{
    public static ThemeEvaluation From(IReadOnlyList<(string Expected, string Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var themes = pairs.Select(p => p.Expected).Concat(pairs.Select(p => p.Predicted)).Distinct().Order(StringComparer.Ordinal).ToList();
        var confusion = pairs.GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var f1 = new Dictionary<string, double>();
        foreach (var theme in themes)
        {
            var truePositives = pairs.Count(p => p.Expected == theme && p.Predicted == theme);
            var predicted = pairs.Count(p => p.Predicted == theme);
            var actual = pairs.Count(p => p.Expected == theme);
            var precision = predicted == 0 ? 0 : (double)truePositives / predicted;
            var recall = actual == 0 ? 0 : (double)truePositives / actual;
            f1[theme] = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        var accuracy = pairs.Count == 0 ? 0 : (double)pairs.Count(p => p.Expected == p.Predicted) / pairs.Count;
        var expectedThemes = themes.Where(t => pairs.Any(p => p.Expected == t)).ToList();
        var macro = expectedThemes.Count == 0 ? 0 : expectedThemes.Average(t => f1[t]);
        return new ThemeEvaluation(accuracy, macro, themes, f1, confusion);
    }
}
