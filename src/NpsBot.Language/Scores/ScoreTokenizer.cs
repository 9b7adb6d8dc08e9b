using System.Globalization;
using System.Text.RegularExpressions;
using NpsBot.Language.Text;

namespace NpsBot.Language.Scores;

/// <summary>Splits a reply into numbers, keycap emojis, words and symbols, keeping their positions.</summary>
public static partial class ScoreTokenizer
{
    // Keycaps are a digit + (optional VS16) + U+20E3; 🔟 is U+1F51F (a surrogate pair).
    [GeneratedRegex(@"(?<key>[0-9]\uFE0F?\u20E3)|(?<ten>\uD83D\uDD1F)|(?<num>[0-9]+(?:[.,][0-9]+)?)|(?<word>[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*)|(?<sym>[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\s\p{L}\p{N}\p{M}\uFE0F\u200D])", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();

    public static IReadOnlyList<ScoreToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<ScoreToken>();
        var previousEnd = -1;
        foreach (Match match in TokenPattern().Matches(text))
        {
            var glued = match.Index == previousEnd;
            tokens.Add(Create(match, glued));
            previousEnd = match.Index + match.Length;
        }

        return tokens;
    }

    private static ScoreToken Create(Match match, bool glued)
    {
        var text = match.Value;
        if (match.Groups["key"].Success)
        {
            return new(ScoreTokenKind.Keycap, text, text, match.Index, match.Length, text[0] - '0', glued);
        }

        if (match.Groups["ten"].Success)
        {
            return new(ScoreTokenKind.Keycap, text, text, match.Index, match.Length, 10, glued);
        }

        if (match.Groups["num"].Success)
        {
            return new(ScoreTokenKind.Number, text, text, match.Index, match.Length, ParseNumber(text), glued);
        }

        return match.Groups["word"].Success
            ? new(ScoreTokenKind.Word, text, TextFolding.Fold(text), match.Index, match.Length, null, glued)
            : new(ScoreTokenKind.Symbol, text, text, match.Index, match.Length, null, glued);
    }

    private static double ParseNumber(string text)
    {
        var separator = text.IndexOfAny(['.', ',']);

        // "1,000" / "2.500" are thousands, not decimals: exactly three digits after the separator.
        if (separator > 0 && text.Length - separator - 1 == 3 && text[0] != '0')
        {
            return double.Parse(text.Remove(separator, 1), CultureInfo.InvariantCulture);
        }

        return double.Parse(text.Replace(',', '.'), CultureInfo.InvariantCulture);
    }
}
