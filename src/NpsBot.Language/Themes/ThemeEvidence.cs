using System.Security.Cryptography;
using System.Text;
using NpsBot.Conversations.Language;

namespace NpsBot.Language.Themes;

/// <summary>
/// The words of a complaint that weigh most for the theme the offline model chose: each distinct word is left out in
/// turn, and the words whose absence lowers the theme's probability most are the evidence (at most <see cref="MaxWords"/>,
/// in the complaint's order). Model-agnostic occlusion, since ML.NET does not expose per-word weights of this pipeline.
/// </summary>
public static class ThemeEvidence
{
    public const int MaxWords = 3;
    public const int MaxCandidates = 24;

    public static string? For(ThemeModel model, string complaint, ThemeResult result)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(result);
        var words = Words(complaint).Distinct(StringComparer.OrdinalIgnoreCase).Take(MaxCandidates).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return words[0];
        }

        var drops = words
            .Select(word => (Word: word, Drop: result.Confidence - model.Probability(Without(complaint, word), result.Theme)))
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
