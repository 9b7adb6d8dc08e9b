using System.Globalization;
using System.Text;

namespace NpsBot.Language.Text;

/// <summary>Folds text for matching: lower case, accents removed, typographic apostrophes made plain.</summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (c == 'ß')
            {
                builder.Append("ss");
                continue;
            }

            builder.Append(c is '\u2019' or '\u2018' or '`' ? '\'' : c);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
