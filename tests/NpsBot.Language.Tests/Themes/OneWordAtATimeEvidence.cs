using System.Text;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// The occlusion <see cref="ThemeEvidence"/> replaced, frozen as it was: one <see cref="ThemeModel.Probability"/> call per
/// left-out word, each computing the variant's cue features again. The reference of <c>ThemeEvidenceTests</c> and the
/// baseline of the benchmarks' <c>ThemeEvidenceBenchmarks</c> (which compile this file in).
/// </summary>
internal static class OneWordAtATimeEvidence
{
    /// <summary>
    /// The evidence words, as the old occlusion named them, each variant's drop measured from <paramref name="baseline"/>
    /// (the model's own probability for <paramref name="theme"/>; before 6 December 2026 its callers passed the calibrated
    /// confidence, as <see cref="ThemeEvidence"/> then did).
    /// </summary>
    public static string? For(ThemeModel model, string complaint, double baseline, string theme)
    {
        var words = Words(complaint).Distinct(StringComparer.OrdinalIgnoreCase).Take(ThemeEvidence.MaxCandidates).ToList();
        if (words.Count <= 1)
        {
            return words.FirstOrDefault();
        }

        var drops = words
            .Select(word => (Word: word, Drop: baseline - model.Probability(Without(complaint, word), theme)))
            .Where(w => w.Drop > 0)
            .OrderByDescending(w => w.Drop)
            .Take(ThemeEvidence.MaxWords)
            .Select(w => w.Word)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return drops.Count == 0 ? null : string.Join(' ', words.Where(drops.Contains));
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text.Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                if (word.Length > 1)
                {
                    yield return word.ToString();
                }

                word.Clear();
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
}
