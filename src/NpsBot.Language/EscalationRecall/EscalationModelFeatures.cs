using Microsoft.ML;
using NpsBot.Language.Text;
using NpsBot.Language.Themes;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// The escalation model's text features (<see cref="ThemePipeline.Featurizer"/> with word 1–2-grams and character 3-grams)
/// computed without ML.NET's row machinery, for <see cref="EscalationModelBound"/> (perf16). The same steps as ML.NET 5's
/// <c>FeaturizeText</c>: each character normalized on its own (the table is ML.NET's own normalizer run once on every
/// UTF-16 unit), words split on spaces, unigrams and bigrams of known words, character trigrams of the normalized text
/// between the start and end markers (U+0002, U+0003), each count times its inverse document frequency ln(N/df), each
/// block (characters, then words) divided by its L2 norm. The dictionaries are rebuilt by replaying the training lines in
/// their order (a slot is numbered at the n-gram's first occurrence, as ML.NET does) and are used only when every slot's
/// name equals the model's own slot name (<see cref="TryBuild"/>); the values are exact reals here, ML.NET's floats differ
/// from them by rounding only, which the bound allows for.
/// </summary>
public sealed class EscalationModelFeatures
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';

    private static readonly Lazy<int[]> NormalizedChars = new(ReadNormalizerTable);

    private readonly int[] _normalized;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordIds;
    private readonly int[] _unigramSlots;
    private readonly PackedLongMap _bigramSlots;
    private readonly PackedLongMap _trigramSlots;
    private readonly double[] _inverseDocumentFrequencies;

    private EscalationModelFeatures(
        int[] normalized, Dictionary<string, int> wordIds, int[] unigramSlots, Dictionary<long, int> bigramSlots,
        Dictionary<ulong, int> trigramSlots, double[] inverseDocumentFrequencies)
    {
        _normalized = normalized;
        _wordIds = wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _unigramSlots = unigramSlots;
        // Looked up once per character and word pair of every complaint: packed (perf17), the dictionaries' answers.
        _bigramSlots = new PackedLongMap(bigramSlots);
        _trigramSlots = new PackedLongMap(trigramSlots.ToDictionary(entry => (long)entry.Key, entry => entry.Value));
        _inverseDocumentFrequencies = inverseDocumentFrequencies;
        CharSlots = trigramSlots.Count;
    }

    /// <summary>Character trigram slots come first (0 … CharSlots − 1), then the word slots.</summary>
    public int CharSlots { get; }

    public int Slots => _inverseDocumentFrequencies.Length;

    /// <summary>
    /// The featurizer replayed on <paramref name="trainedOn"/> (the model's training texts in training order), or null when
    /// its slots are not the model's: <paramref name="slotNames"/> is the model's "Features" slot names, <paramref name="charNames"/>
    /// ML.NET's name of each character key (key k is character k).
    /// </summary>
    public static EscalationModelFeatures? TryBuild(IReadOnlyList<string> trainedOn, IReadOnlyList<string> slotNames, IReadOnlyList<string> charNames)
    {
        ArgumentNullException.ThrowIfNull(trainedOn);
        ArgumentNullException.ThrowIfNull(slotNames);
        ArgumentNullException.ThrowIfNull(charNames);
        var normalized = NormalizedChars.Value;
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var wordSlots = new List<(int First, int Second)>();
        var unigramSlots = new List<int>();
        var bigramSlots = new Dictionary<long, int>(MixedPairs.Instance);
        var trigramSlots = new Dictionary<ulong, int>();
        var trigrams = new List<ulong>();
        var charDocuments = new List<int>();
        var wordDocuments = new List<int>();
        var seen = new HashSet<int>();
        foreach (var text in trainedOn)
        {
            var folded = Normalize(text, normalized);
            seen.Clear();
            foreach (var key in Trigrams(folded))
            {
                if (!trigramSlots.TryGetValue(key, out var slot))
                {
                    slot = trigramSlots.Count;
                    trigramSlots.Add(key, slot);
                    trigrams.Add(key);
                    charDocuments.Add(0);
                }

                if (seen.Add(slot))
                {
                    charDocuments[slot]++;
                }
            }

            seen.Clear();
            var previous = -1;
            foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!wordIds.TryGetValue(word, out var id))
                {
                    id = words.Count;
                    wordIds.Add(word, id);
                    words.Add(word);
                    unigramSlots.Add(-1);
                }

                // ML.NET's order: the previous word's bigram with this one is met before this word's unigram.
                if (previous >= 0)
                {
                    var pair = Pair(previous, id);
                    if (!bigramSlots.TryGetValue(pair, out var bigram))
                    {
                        bigram = wordSlots.Count;
                        bigramSlots.Add(pair, bigram);
                        wordSlots.Add((previous, id));
                        wordDocuments.Add(0);
                    }

                    if (seen.Add(bigram))
                    {
                        wordDocuments[bigram]++;
                    }
                }

                if (unigramSlots[id] < 0)
                {
                    unigramSlots[id] = wordSlots.Count;
                    wordSlots.Add((id, -1));
                    wordDocuments.Add(0);
                }

                if (seen.Add(unigramSlots[id]))
                {
                    wordDocuments[unigramSlots[id]]++;
                }

                previous = id;
            }
        }

        if (slotNames.Count != trigrams.Count + wordSlots.Count)
        {
            return null;
        }

        for (var slot = 0; slot < trigrams.Count; slot++)
        {
            var key = trigrams[slot];
            if ((key >> 32) == 0 || ((key >> 16) & 0xFFFF) == 0 || (key & 0xFFFF) == 0)
            {
                return null; // U+0000 is ML.NET's missing key, which has no name
            }

            var name = $"Char.{charNames[(int)(key >> 32) - 1]}|{charNames[(int)((key >> 16) & 0xFFFF) - 1]}|{charNames[(int)(key & 0xFFFF) - 1]}";
            if (!string.Equals(name, slotNames[slot], StringComparison.Ordinal))
            {
                return null;
            }
        }

        for (var slot = 0; slot < wordSlots.Count; slot++)
        {
            var (first, second) = wordSlots[slot];
            var name = second < 0 ? $"Word.{words[first]}" : $"Word.{words[first]}|{words[second]}";
            if (!string.Equals(name, slotNames[trigrams.Count + slot], StringComparison.Ordinal))
            {
                return null;
            }
        }

        // NgramExtractingTransformer: ln(documents / documents holding the n-gram), documents counted in double.
        double documents = trainedOn.Count;
        double[] idf = [.. charDocuments.Concat(wordDocuments).Select(df => Math.Log(documents / df))];
        var shiftedWordSlots = new Dictionary<long, int>(bigramSlots.Count, MixedPairs.Instance);
        foreach (var (pair, slot) in bigramSlots)
        {
            shiftedWordSlots.Add(pair, trigrams.Count + slot);
        }

        int[] unigrams = [.. unigramSlots.Select(slot => trigrams.Count + slot)];
        return new EscalationModelFeatures(normalized, wordIds, unigrams, shiftedWordSlots, trigramSlots, idf);
    }

    /// <summary>
    /// Adds each slot's count of <paramref name="text"/> to <paramref name="counts"/> (all zero on entry) and lists the slots
    /// touched in <paramref name="touched"/>: characters first, the first word slot at index <paramref name="charTouched"/>.
    /// </summary>
    public void Count(string text, int[] counts, List<int> touched, out int charTouched)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(touched);
        var buffer = text.Length <= 512 ? stackalloc char[text.Length + 2] : new char[text.Length + 2];
        var length = 1;
        buffer[0] = StartMarker;
        foreach (var c in text)
        {
            var mapped = _normalized[c];
            if (mapped >= 0)
            {
                buffer[length++] = (char)mapped;
            }
        }

        // An empty normalized text has no character tokens, not even the markers.
        if (length > 1)
        {
            buffer[length++] = EndMarker;
            for (var i = 0; i + 2 < length; i++)
            {
                if (_trigramSlots.TryGetValue((long)Trigram(buffer[i], buffer[i + 1], buffer[i + 2]), out var slot))
                {
                    Add(slot, counts, touched);
                }
            }
        }

        charTouched = touched.Count;
        var folded = buffer[1..Math.Max(1, length - 1)];
        var previous = -1;
        while (!folded.IsEmpty)
        {
            var space = folded.IndexOf(' ');
            var word = space < 0 ? folded : folded[..space];
            folded = space < 0 ? [] : folded[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            // An unknown word is ML.NET's missing key: no unigram, and no bigram on either side of it.
            var id = _wordIds.TryGetValue(word, out var known) ? known : -1;
            if (previous >= 0 && id >= 0 && _bigramSlots.TryGetValue(Pair(previous, id), out var bigram))
            {
                Add(bigram, counts, touched);
            }

            if (id >= 0)
            {
                Add(_unigramSlots[id], counts, touched);
            }

            previous = id;
        }
    }

    public double InverseDocumentFrequency(int slot) => _inverseDocumentFrequencies[slot];

    private static void Add(int slot, int[] counts, List<int> touched)
    {
        if (counts[slot]++ == 0)
        {
            touched.Add(slot);
        }
    }

    private static string Normalize(string text, int[] normalized)
    {
        var folded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (normalized[c] >= 0)
            {
                folded.Append((char)normalized[c]);
            }
        }

        return folded.ToString();
    }

    private static IEnumerable<ulong> Trigrams(string folded)
    {
        if (folded.Length == 0)
        {
            yield break;
        }

        var marked = StartMarker + folded + EndMarker;
        for (var i = 0; i + 2 < marked.Length; i++)
        {
            yield return Trigram(marked[i], marked[i + 1], marked[i + 2]);
        }
    }

    private static ulong Trigram(char first, char second, char third) => ((ulong)first << 32) | ((ulong)second << 16) | third;

    private static long Pair(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>Word pairs hashed with their bits mixed: long's own hash (high XOR low word) puts the pairs of small ids in few buckets.</summary>
    private sealed class MixedPairs : IEqualityComparer<long>
    {
        public static readonly MixedPairs Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long obj) => (int)(((ulong)obj * 0x9E3779B97F4A7C15UL) >> 32);
    }

    /// <summary>
    /// What ML.NET's text normalizer (the options of <see cref="ThemePipeline.Featurizer"/>) makes of each UTF-16 unit: -1
    /// when it drops it, else the unit it writes. It reads one character at a time, so running it once on each of them
    /// gives its whole behaviour.
    /// </summary>
    private static int[] ReadNormalizerTable()
    {
        var options = ThemePipeline.Featurizer(words: true, charNgrams: 3);
        var ml = new MLContext(seed: 0);
        var units = ml.Data.LoadFromEnumerable(Enumerable.Range(0, 0x10000).Select(c => new OneUnit { Text = ((char)c).ToString() }));
        var normalizer = ml.Transforms.Text.NormalizeText(nameof(OneUnit.Normalized), nameof(OneUnit.Text), options.CaseMode, options.KeepDiacritics, options.KeepPunctuations, options.KeepNumbers);
        var table = new int[0x10000];
        var c = 0;
        foreach (var row in ml.Data.CreateEnumerable<OneUnit>(normalizer.Fit(units).Transform(units), reuseRowObject: true))
        {
            table[c++] = row.Normalized.Length switch
            {
                0 => -1,
                1 => row.Normalized[0],
                _ => throw new InvalidOperationException($"ML.NET's normalizer wrote {row.Normalized.Length} characters for U+{c - 1:X4}"),
            };
        }

        return table;
    }

    private sealed class OneUnit
    {
        public string Text { get; set; } = "";

        public string Normalized { get; set; } = "";
    }
}
