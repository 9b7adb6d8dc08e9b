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
        // Matches enumerated without Match objects (perf15): which alternative matched is told by the token's first
        // character, as the alternatives start on disjoint characters (a digit, 🔟's high surrogate, a letter or mark, else a symbol).
        foreach (var match in TokenPattern().EnumerateMatches(text))
        {
            var glued = match.Index == previousEnd;
            tokens.Add(Create(text.Substring(match.Index, match.Length), match.Index, glued));
            previousEnd = match.Index + match.Length;
        }

        return tokens;
    }

    private static ScoreToken Create(string text, int index, bool glued)
    {
        if (text[0] is >= '0' and <= '9')
        {
            return text[^1] == '\u20E3'
                ? new(ScoreTokenKind.Keycap, text, text, index, text.Length, text[0] - '0', glued)
                : new(ScoreTokenKind.Number, text, text, index, text.Length, ParseNumber(text), glued);
        }

        if (text == "\uD83D\uDD1F")
        {
            return new(ScoreTokenKind.Keycap, text, text, index, text.Length, 10, glued);
        }

        return IsLetterOrMark(text[0])
            ? new(ScoreTokenKind.Word, text, FoldWord(text), index, text.Length, null, glued)
            : new(ScoreTokenKind.Symbol, text, text, index, text.Length, null, glued);
    }

    private static bool IsLetterOrMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    // A word of plain lower-case ASCII letters, hyphens and straight apostrophes folds to itself (perf15: most words do,
    // and folding normalises twice); any other ASCII word folds to its lower case (perf17: "I'd", "Nota": an ASCII text is
    // its own normal form, has no marks to drop, and a word token holds no backquote, the one ASCII character folding changes).
    private static string FoldWord(string word) =>
        !word.AsSpan().ContainsAnyExcept(PlainLowerCase) ? word
        : System.Text.Ascii.IsValid(word) && !word.Contains('`', StringComparison.Ordinal) ? word.ToLowerInvariant()
        : TextFolding.Fold(word);

    private static readonly System.Buffers.SearchValues<char> PlainLowerCase = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz'-");

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
