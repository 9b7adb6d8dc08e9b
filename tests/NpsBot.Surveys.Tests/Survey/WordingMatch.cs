using System.Text.RegularExpressions;
using NpsBot.Conversations.Definitions;

namespace NpsBot.Surveys.Tests.Survey;

/// <summary>Whether a reply is one of the variants of a wording key, whatever its placeholders were filled with.</summary>
internal static class WordingMatch
{
    public static bool Matches(LocaleWording wording, string key, string? text) =>
        text is not null && wording.Entry(key).Variants.Any(variant => Pattern(variant).IsMatch(text));

    // Placeholders match any text; a line added after the wording (the yes/no hint on plain text) is allowed.
    private static Regex Pattern(string variant)
    {
        var parts = Regex.Split(variant, @"\{[A-Za-z][A-Za-z0-9_-]*\}").Select(Regex.Escape);
        return new Regex($"^{string.Join(".+?", parts)}(\n.*)?$", RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }
}
