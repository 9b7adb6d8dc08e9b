using System.Text.RegularExpressions;

namespace NpsBot.Language.Redaction;

/// <summary>
/// Names a customer gives away in a sentence: after a self-introduction ("my name is Ana Souza", "je m'appelle …",
/// "me llamo …", "ich heiße …", "o meu nome é …", "mijn naam is …") or a title ("Mr Jones", "Sra. Pérez", "Frau Weber"),
/// one to three capitalised words become <c>[name]</c>. Written by hand: no offline library finds person names, and a
/// name anywhere else in a sentence (without such a cue) is not recognised; the cue words themselves are kept.
/// </summary>
public static partial class NameCues
{
    public const string Placeholder = "[name]";

    // The cue in any case, then up to three capitalised words (letters of any script, apostrophes and hyphens inside a name).
    [GeneratedRegex(
        @"(?<cue>\b(?i:(?:my|his|her) name is|my name's|i am called|je m'appelle|je m’appelle|mon nom est|me llamo|mi nombre es|ich heiße|ich heisse|mein name ist|meu nome é|o meu nome é|me chamo|chamo-me|mijn naam is|ik heet|(?:mr|mrs|ms|dr|sr|sra|srta|mme|mlle|herr|frau|dhr|mevr)\.?)\s+)(?<name>\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Pattern().Replace(text, match => match.Groups["cue"].Value + Placeholder);
    }
}
