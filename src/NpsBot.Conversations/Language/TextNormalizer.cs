using System.Globalization;
using System.Text;

namespace NpsBot.Conversations.Language;

/// <summary>Folds what a customer typed for keyword matching: lower case, no accents, punctuation as spaces, single spaces.</summary>
public static class TextNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString().Replace("'", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>True when <paramref name="phrase"/> occurs in <paramref name="normalizedText"/> as whole words.</summary>
    public static bool ContainsWords(string normalizedText, string phrase)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var needle = Normalize(phrase);
        return needle.Length > 0 && $" {normalizedText} ".Contains($" {needle} ", StringComparison.Ordinal);
    }
}
