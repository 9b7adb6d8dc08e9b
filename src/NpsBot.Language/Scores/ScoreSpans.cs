using System.Collections.Frozen;

namespace NpsBot.Language.Scores;

/// <summary>
/// Token spans the discourse rules read: a window of tokens, the clause or sentence around a number, and the word pairs
/// ("instead_of", "second_thought") that the word lists hold joined by an underscore.
/// </summary>
internal static class ScoreSpans
{
    private static readonly HashSet<string> SentenceEnds = [".", "!", "?", "…"];
    private static readonly HashSet<string> ClauseSymbols = [".", "!", "?", "…", ",", ";", ":", "(", ")"];

    internal static bool HasPair(IReadOnlyList<ScoreToken> tokens, int start, int end, System.Collections.Frozen.FrozenSet<string> pairs)
    {
        for (var i = Math.Max(0, start); i <= end && i < tokens.Count; i++)
        {
            var second = i + 1 < tokens.Count && i + 1 <= end ? tokens[i + 1].Folded : "";
            if (ContainsPair(pairs, tokens[i].Folded, second) || pairs.Contains(tokens[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    internal static (int Start, int End) Clause(IReadOnlyList<ScoreToken> tokens, int at)
    {
        var start = at;
        while (start > 0 && !IsClauseBreak(tokens[start - 1]))
        {
            start--;
        }

        var end = at;
        while (end + 1 < tokens.Count && !IsClauseBreak(tokens[end + 1]))
        {
            end++;
        }

        return (start, end);
    }

    private static bool IsClauseBreak(ScoreToken token) =>
        (token.Kind == ScoreTokenKind.Symbol && ClauseSymbols.Contains(token.Text))
        || (token.Kind == ScoreTokenKind.Word && ScoreDiscourseWords.ClauseBreaks.Contains(token.Folded));

    internal static IEnumerable<ScoreToken> Window(IReadOnlyList<ScoreToken> tokens, int from, int to)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count; i++)
        {
            yield return tokens[i];
        }
    }

    internal static int FirstToken(IReadOnlyList<ScoreToken> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start >= start && tokens[i].Kind != ScoreTokenKind.Symbol)
            {
                return i;
            }
        }

        return -1;
    }

    internal static int LastToken(IReadOnlyList<ScoreToken> tokens, int end, int first)
    {
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End <= end)
        {
            last++;
        }

        return last;
    }

    // Two words in a row, at and after at, as the word lists hold them ("instead_of"); false past either end.
    internal static bool HasPairAt(IReadOnlyList<ScoreToken> tokens, int at, IReadOnlySet<string> pairs) =>
        at >= 0 && at + 1 < tokens.Count && ContainsPair(pairs, tokens[at].Folded, tokens[at + 1].Folded);

    /// <summary>
    /// Whether <paramref name="pairs"/> holds "first_second", looked up as characters on the stack (perf15): the pair lists
    /// are read at every token of a reply, and joining the two strings first was most of what a reply allocated.
    /// </summary>
    internal static bool ContainsPair(IReadOnlySet<string> pairs, string first, string second)
    {
        var length = first.Length + 1 + second.Length;
        if (length > 256)
        {
            return pairs.Contains(first + "_" + second);
        }

        Span<char> joined = stackalloc char[length];
        first.CopyTo(joined);
        joined[first.Length] = '_';
        second.CopyTo(joined[(first.Length + 1)..]);
        return pairs switch
        {
            FrozenSet<string> frozen when frozen.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) => lookup.Contains(joined),
            HashSet<string> set when set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup) => lookup.Contains(joined),
            _ => pairs.Contains(joined.ToString()),
        };
    }

    /// <summary>
    /// Whether the folded tokens from <paramref name="from"/> to <paramref name="to"/> (a word at each, when
    /// <paramref name="wordsOnly"/>, up to the first that is not), joined by single spaces, are one of
    /// <paramref name="phrases"/> or start with one and a space: <c>string.Join(' ', ...)</c>, then <c>== phrase</c> or
    /// <c>StartsWith(phrase + " ")</c>, read on characters on the stack (perf18: both strings were made at every candidate).
    /// </summary>
    internal static bool StartsWithPhrase(IReadOnlyList<ScoreToken> tokens, int from, int to, bool wordsOnly, string[] phrases)
    {
        Span<char> buffer = stackalloc char[PhraseBuffer];
        var length = 0;
        var joinedAny = false;
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count && (!wordsOnly || tokens[i].Kind == ScoreTokenKind.Word); i++)
        {
            var word = tokens[i].Folded;
            var needed = length + (joinedAny ? 1 : 0) + word.Length;
            if (needed > PhraseBuffer)
            {
                return StartsWithPhraseJoined(tokens, from, to, wordsOnly, phrases); // a word of hundreds of letters: the strings, as before
            }

            if (joinedAny)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
            joinedAny = true;
        }

        var joined = buffer[..length];
        foreach (var phrase in phrases)
        {
            if (joined.SequenceEqual(phrase) || (joined.Length > phrase.Length && joined[phrase.Length] == ' ' && joined.StartsWith(phrase, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private const int PhraseBuffer = 256;

    private static bool StartsWithPhraseJoined(IReadOnlyList<ScoreToken> tokens, int from, int to, bool wordsOnly, string[] phrases)
    {
        var words = new List<string>();
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count && (!wordsOnly || tokens[i].Kind == ScoreTokenKind.Word); i++)
        {
            words.Add(tokens[i].Folded);
        }

        var joined = string.Join(' ', words);
        return phrases.Any(phrase => joined == phrase || joined.StartsWith(phrase + " ", StringComparison.Ordinal));
    }

    /// <summary>Whether a token from <paramref name="from"/> to <paramref name="to"/> passes <paramref name="test"/>; as <c>Window(...).Any(test)</c> without the iterator.</summary>
    internal static bool AnyIn(IReadOnlyList<ScoreToken> tokens, int from, int to, Func<ScoreToken, bool> test)
    {
        for (var i = Math.Max(0, from); i <= to && i < tokens.Count; i++)
        {
            if (test(tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    // The sentence around a number, from its first token to the last before the full stop, "?" or "!" that ends it.
    internal static (int Start, int End) Sentence(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var start = first;
        while (start > 0 && !SentenceEnds.Contains(tokens[start - 1].Text))
        {
            start--;
        }

        var end = last;
        while (end + 1 < tokens.Count && !SentenceEnds.Contains(tokens[end + 1].Text))
        {
            end++;
        }

        return (start, end);
    }

    // A word list written as one space-separated string, folded as the tokenizer folds words.
    internal static FrozenSet<string> WordSet(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    // The value of a digit token or of a number word that is surely one ("five", not "un"); null otherwise.
    internal static double? NumberValue(ScoreToken token) => token.Kind switch
    {
        ScoreTokenKind.Number => token.Value,
        ScoreTokenKind.Word => NumberWords.Find(token.Folded, token.Folded) is { Weak: false } word ? word.Value : null,
        _ => null,
    };

    internal static bool IsNumeral(ScoreToken token) => token.Kind is ScoreTokenKind.Number or ScoreTokenKind.Keycap;

    // The word before the number, past an article ("at least a 8", "um zero à esquerda"); -1 at the start.
    internal static int BeforeArticle(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Kind == ScoreTokenKind.Word && ScoreContext.IsArticle(tokens[before].Folded))
        {
            before--;
        }

        return before;
    }
}
