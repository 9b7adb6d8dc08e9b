using System.Text.RegularExpressions;

namespace NpsBot.Surveys.Survey;

/// <summary>The customer's reason in their own words, cut to its first sentence and about 80 characters, for the acknowledgement.</summary>
public static partial class ConcernSummary
{
    private const int MaxLength = 80;

    public static string Of(string reason)
    {
        ArgumentNullException.ThrowIfNull(reason);
        var text = Spaces().Replace(reason, " ").Trim().Trim('"', '\'', '“', '”', '«', '»');
        var end = SentenceEnd().Match(text);
        if (end.Success && end.Index >= 12)
        {
            text = text[..end.Index];
        }

        text = text.TrimEnd('.', '!', '?', ',', ';', ':', ' ');
        if (text.Length > MaxLength)
        {
            var cut = text.LastIndexOf(' ', MaxLength - 1);
            text = string.Concat(text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', ' '), "…");
        }

        return text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"[.!?\n](\s|$)")]
    private static partial Regex SentenceEnd();
}
