namespace NpsBot.Language.Scores;

/// <summary>
/// Accepts the typos people really make in number words ("eigth", "sevn", "ochoo") while refusing
/// real words one edit away ("right" is a substitution in "eight", so substitutions need long words).
/// </summary>
public static class TypoMatcher
{
    public static bool IsSmallTypo(string word, string target)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(target);
        if (word.Length < 3 || word[0] != target[0] || word == target)
        {
            return false;
        }

        return (word.Length - target.Length) switch
        {
            0 => (IsAdjacentSwap(word, target) && target.Length >= 4) || (IsSubstitution(word, target) && target.Length >= 6),
            1 => IsDoubledLetter(word, target) || (target.Length >= 5 && IsOneDeleted(word, target)),
            -1 => target.Length >= 5 && IsOneDeleted(target, word),
            _ => false,
        };
    }

    private static bool IsAdjacentSwap(string word, string target)
    {
        var i = FirstDifference(word, target);
        return i < word.Length - 1
            && word[i] == target[i + 1]
            && word[i + 1] == target[i]
            && string.CompareOrdinal(word, i + 2, target, i + 2, word.Length) == 0;
    }

    private static bool IsSubstitution(string word, string target)
    {
        var i = FirstDifference(word, target);
        return string.CompareOrdinal(word, i + 1, target, i + 1, word.Length) == 0;
    }

    // longer = shorter with one letter inserted
    private static bool IsOneDeleted(string longer, string shorter)
    {
        var i = FirstDifference(longer, shorter);
        return string.CompareOrdinal(longer, i + 1, shorter, i, longer.Length) == 0;
    }

    private static bool IsDoubledLetter(string longer, string shorter)
    {
        var i = FirstDifference(longer, shorter);
        return i > 0 && longer[i] == longer[i - 1] && IsOneDeleted(longer, shorter);
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }
}
