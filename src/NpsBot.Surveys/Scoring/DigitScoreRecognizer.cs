using System.Globalization;
using System.Text.RegularExpressions;
using NpsBot.Conversations.Language;

namespace NpsBot.Surveys.Scoring;

/// <summary>
/// The offline default score recognizer: digits only ("8", "I'd say 8", "8/10"). A range or decimal is ambiguous,
/// a number above 10 is out of range, words ("eight") are not read. The multilingual one replaces it behind <see cref="IScoreRecognizer"/>.
/// </summary>
public sealed partial class DigitScoreRecognizer : IScoreRecognizer
{
    public ScoreRecognition Recognize(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = OutOfTen().Replace(text, m => new string(' ', m.Length));
        if (Decimal().IsMatch(cleaned) || Range().IsMatch(cleaned))
        {
            return new ScoreRecognition(ScoreStatus.Ambiguous, null);
        }

        var numbers = Number().Matches(cleaned).ToList();
        if (numbers.Count == 0)
        {
            return ScoreRecognition.None;
        }

        var inRange = numbers.Where(m => Value(m) <= NpsScore.Max).ToList();
        if (inRange.Count == 0)
        {
            return new ScoreRecognition(ScoreStatus.OutOfRange, null);
        }

        return inRange.Select(Value).Distinct().Count() == 1
            ? ScoreRecognition.Of(Value(inRange[0]), inRange[0].Index, inRange[0].Length)
            : new ScoreRecognition(ScoreStatus.Ambiguous, null);
    }

    private static int Value(Match match) =>
        int.TryParse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : int.MaxValue;

    // "8/10", "8 out of 10", "8 de 10", "8 sobre 10": the "of 10" is not a second candidate.
    [GeneratedRegex(@"(?<=\d)\s*(/|out of|of|de|sobre)\s*10\b", RegexOptions.IgnoreCase)]
    private static partial Regex OutOfTen();

    [GeneratedRegex(@"\d+[.,]\d+")]
    private static partial Regex Decimal();

    [GeneratedRegex(@"\b\d+\s*(-|–|to|or|a|o|y|and)\s*\d+\b", RegexOptions.IgnoreCase)]
    private static partial Regex Range();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
