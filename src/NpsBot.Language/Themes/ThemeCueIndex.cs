namespace NpsBot.Language.Themes;

/// <summary>
/// The cue stems of <see cref="ThemeCues"/> as lookups by word, with the same matching rules: a stem of up to 4 letters
/// matches the whole word (or the word with a plural s), a stem of 5 letters the word's start, a stem of 6 letters or more
/// any part of the word (German and Dutch compounds). A word's answer is a bit set of themes (bit i = theme i).
/// </summary>
/// <remarks>
/// Written by hand: three dictionaries keyed by a span of the word (no string per lookup). A word of n letters costs one
/// lookup for the whole word, one for its first five letters and one per (start, length) of its parts of a stem's length,
/// instead of a comparison with each of the ~700 stems.
/// </remarks>
internal sealed class ThemeCueIndex
{
    private const int PrefixLength = 5;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _whole;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefix;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _inner;
    private readonly int[] _innerLengths;

    public ThemeCueIndex(IReadOnlyList<IReadOnlyList<string>> stemsByTheme)
    {
        ArgumentNullException.ThrowIfNull(stemsByTheme);
        if (stemsByTheme.Count > 31)
        {
            throw new ArgumentException("At most 31 themes fit in a bit set.", nameof(stemsByTheme));
        }

        var whole = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefix = new Dictionary<string, int>(StringComparer.Ordinal);
        var inner = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var theme = 0; theme < stemsByTheme.Count; theme++)
        {
            var bit = 1 << theme;
            foreach (var stem in stemsByTheme[theme])
            {
                switch (stem.Length)
                {
                    case < PrefixLength:
                        Add(whole, stem, bit);
                        Add(whole, stem + "s", bit);
                        break;
                    case PrefixLength:
                        Add(prefix, stem, bit);
                        break;
                    default:
                        Add(inner, stem, bit);
                        break;
                }
            }
        }

        _whole = whole.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefix = prefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _inner = inner.GetAlternateLookup<ReadOnlySpan<char>>();
        _innerLengths = [.. inner.Keys.Select(k => k.Length).Distinct().Order()];
    }

    /// <summary>The themes (bit i = theme i) with a stem that matches <paramref name="word"/>.</summary>
    public int ThemesOf(ReadOnlySpan<char> word)
    {
        var themes = 0;
        if (word.Length <= PrefixLength && _whole.TryGetValue(word, out var whole))
        {
            themes |= whole;
        }

        if (word.Length >= PrefixLength && _prefix.TryGetValue(word[..PrefixLength], out var prefix))
        {
            themes |= prefix;
        }

        foreach (var length in _innerLengths)
        {
            if (length > word.Length)
            {
                break;
            }

            for (var start = 0; start + length <= word.Length; start++)
            {
                if (_inner.TryGetValue(word.Slice(start, length), out var inner))
                {
                    themes |= inner;
                }
            }
        }

        return themes;
    }

    private static void Add(Dictionary<string, int> index, string key, int bit) =>
        index[key] = index.GetValueOrDefault(key) | bit;
}
