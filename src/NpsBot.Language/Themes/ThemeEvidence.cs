using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NpsBot.Conversations.Language;

namespace NpsBot.Language.Themes;

/// <summary>
/// The words of a complaint that weigh most for the theme the offline model chose: each distinct word is left out in
/// turn, and the words whose absence lowers the theme's probability most are the evidence (at most <see cref="MaxWords"/>,
/// in the complaint's order). Model-agnostic occlusion, since ML.NET does not expose per-word weights of this pipeline.
/// </summary>
/// <remarks>
/// Cost: the text features of each variant come from ML.NET (one prediction per variant, all under one lock), but the
/// <see cref="ThemeCues"/> features are not recomputed per variant: they count cue words per theme, so a variant's cues
/// are the whole complaint's counts minus those of the words left out, each distinct word matched against the lexicon
/// once per process (<see cref="CueCounts"/>, at most 20,000 words remembered). That shortcut is checked on every complaint (the counts must give back
/// <see cref="ThemeCues.Compute"/> of the whole text); when it cannot hold (a combining mark between letters, a word with
/// more cue matches than the cap can show, a changed cue formula), every variant's cues are computed as before.
/// </remarks>
public static class ThemeEvidence
{
    public const int MaxWords = 3;
    public const int MaxCandidates = 24;

    /// <summary>The evidence for the theme of <paramref name="result"/>; the model's own probability for it is predicted again.</summary>
    public static string? For(ThemeModel model, string complaint, ThemeResult result)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(result);
        var input = ThemeInput.For(complaint);
        return For(model, complaint, result.Theme, input.Cues, model.Probabilities([input], result.Theme)[0]);
    }

    /// <summary>
    /// As above, with what the classifier already has: the complaint's <see cref="ThemeCues"/> features and the model's own
    /// probability for <paramref name="theme"/> (<see cref="ThemeModel.Predict(ThemeInput, out double)"/>). A variant's
    /// drop is measured from that probability, never from the calibrated confidence: the calibration lowers a confident
    /// theme's figure, and measured from it, words whose absence does lower the model's probability were left out (on
    /// the held-out and blind complaints, 546 of 866 named fewer words, 22 none).
    /// </summary>
    public static string? For(ThemeModel model, string complaint, string theme, float[] complaintCues, double modelProbability)
    {
        ArgumentNullException.ThrowIfNull(complaintCues);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(theme);
        var words = Words(complaint).Where(w => w.Length > 1).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxCandidates).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return words[0];
        }

        var cues = CueCounts.Of(complaint, complaintCues);
        var variants = words.Select(word =>
        {
            var text = Without(complaint, word);
            return new ThemeInput { Text = text, Cues = cues?.Without(word) ?? ThemeCues.Compute(text) };
        }).ToList();
        var probabilities = model.Probabilities(variants, theme);
        var drops = words
            .Select((word, i) => (Word: word, Drop: modelProbability - probabilities[i]))
            .Where(w => w.Drop > 0)
            .OrderByDescending(w => w.Drop)
            .Take(MaxWords)
            .Select(w => w.Word)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return drops.Count == 0 ? null : string.Join(' ', words.Where(drops.Contains));
    }

    /// <summary>A short version of a model or prompt: the first 12 hex digits of the SHA-256 of its bytes.</summary>
    public static string Version(string name, ReadOnlySpan<byte> content) =>
        name + "@" + Convert.ToHexStringLower(SHA256.HashData(content))[..12];

    public static string Version(string name, string content) => Version(name, Encoding.UTF8.GetBytes(content));

    /// <summary>Every run of letters and digits, in order, repeats included (the candidates are those of two characters or more).</summary>
    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (start < 0)
                {
                    start = i;
                }
            }
            else if (start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    private static string Without(string text, string word)
    {
        var builder = new StringBuilder(text.Length);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                continue;
            }

            var token = text.AsSpan(start, i - start);
            if (!token.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                builder.Append(token);
            }

            if (i < text.Length)
            {
                builder.Append(text[i]);
            }

            start = i + 1;
        }

        return builder.ToString();
    }

    /// <summary>
    /// The complaint's cue features kept as counts per word: <see cref="ThemeCues.Compute"/> gives each cue word half a
    /// point per theme, capped at <see cref="Cap"/>, so a variant's feature is min(total − the left-out words' points, cap).
    /// </summary>
    private sealed class CueCounts
    {
        private const float Cap = 1.5f;
        private const int MaxRemembered = 20_000;

        private static readonly ConcurrentDictionary<string, float[]> Remembered = new(StringComparer.Ordinal);

        private readonly List<(string Word, float[] Points)> _words;
        private readonly float[] _total;

        private CueCounts(List<(string Word, float[] Points)> words, float[] total)
        {
            _words = words;
            _total = total;
        }

        /// <summary>The counts, or null when the shortcut would not give exactly what <see cref="ThemeCues.Compute"/> gives.</summary>
        public static CueCounts? Of(string complaint, float[] whole)
        {
            // Folding drops combining marks, which would join the letters on both sides into one cue word.
            if (complaint.Any(c => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                return null;
            }

            var words = new List<(string Word, float[] Points)>();
            var total = new float[whole.Length];
            foreach (var word in Words(complaint))
            {
                var own = PointsOf(word);
                if (own.Length != whole.Length || own.Any(p => p >= Cap))
                {
                    return null;
                }

                words.Add((word, own));
                for (var theme = 0; theme < total.Length; theme++)
                {
                    total[theme] += own[theme];
                }
            }

            for (var theme = 0; theme < total.Length; theme++)
            {
                if (Math.Min(total[theme], Cap) != whole[theme])
                {
                    return null;
                }
            }

            return new CueCounts(words, total);
        }

        /// <summary>
        /// A word's own cue points, remembered across complaints (the lexicon is fixed for the process): most words of a
        /// complaint were seen before. Bounded: past <see cref="MaxRemembered"/> words, new ones are computed each time.
        /// </summary>
        private static float[] PointsOf(string word)
        {
            if (Remembered.TryGetValue(word, out var points))
            {
                return points;
            }

            points = ThemeCues.Compute(word);
            if (Remembered.Count < MaxRemembered)
            {
                Remembered.TryAdd(word, points);
            }

            return points;
        }

        public float[] Without(string word)
        {
            var left = (float[])_total.Clone();
            foreach (var (each, points) in _words)
            {
                if (each.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    for (var theme = 0; theme < left.Length; theme++)
                    {
                        left[theme] -= points[theme];
                    }
                }
            }

            for (var theme = 0; theme < left.Length; theme++)
            {
                left[theme] = Math.Min(left[theme], Cap);
            }

            return left;
        }
    }
}
