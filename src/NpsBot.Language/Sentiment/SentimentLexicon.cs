using System.Collections.Frozen;
using System.Globalization;

namespace NpsBot.Language.Sentiment;

/// <summary>Word valences (AFINN-style, -5..+5) from the shipped hand-written multilingual lexicon, with prefix entries ("disappoint*").</summary>
public sealed class SentimentLexicon
{
    private readonly FrozenDictionary<string, int> _words;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly (string Prefix, int Valence)[] _prefixes;

    public SentimentLexicon(TextReader tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var prefixes = new List<(string, int)>();
        while (tsv.ReadLine() is { } line)
        {
            var parts = line.Split('\t');
            if (line.StartsWith('#') || parts.Length < 3 || !int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var valence))
            {
                continue;
            }

            if (parts[0].EndsWith('*'))
            {
                prefixes.Add((parts[0].TrimEnd('*'), valence));
            }
            else
            {
                words[parts[0]] = valence;
            }
        }

        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = [.. prefixes];
    }

    public static SentimentLexicon Shipped { get; } = LoadShipped();

    public int Valence(string foldedWord)
    {
        ArgumentNullException.ThrowIfNull(foldedWord);
        return Valence(foldedWord.AsSpan());
    }

    /// <summary>As <see cref="Valence(string)"/> for a word read in place (perf17: the analyzer makes no string per word).</summary>
    public int Valence(ReadOnlySpan<char> foldedWord)
    {
        if (_wordsBySpan.TryGetValue(foldedWord, out var valence))
        {
            return valence;
        }

        foreach (var (prefix, prefixValence) in _prefixes)
        {
            if (foldedWord.StartsWith(prefix, StringComparison.Ordinal))
            {
                return prefixValence;
            }
        }

        return 0;
    }

    private static SentimentLexicon LoadShipped()
    {
        using var stream = typeof(SentimentLexicon).Assembly.GetManifestResourceStream("NpsBot.Language.lexicon.tsv")
            ?? throw new InvalidOperationException("The sentiment lexicon is not embedded.");
        using var reader = new StreamReader(stream);
        return new SentimentLexicon(reader);
    }
}
