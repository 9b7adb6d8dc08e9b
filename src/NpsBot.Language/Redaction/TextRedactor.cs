using System.Text.RegularExpressions;
using NpsBot.Conversations.Language;
using PhoneNumbers;

namespace NpsBot.Language.Redaction;

/// <summary>
/// Replaces personal data with placeholders: IBANs (mod-97 checked), payment card numbers (Luhn checked), e-mail
/// addresses and phone numbers (libphonenumber, tried for the regions of the shipped locales), and names given after a
/// self-introduction or a title (<see cref="NameCues"/>).
/// </summary>
public sealed partial class TextRedactor : ITextRedactor
{
    public const string CardPlaceholder = "[card]";
    public const string EmailPlaceholder = "[email]";
    public const string PhonePlaceholder = "[phone]";
    public const string IbanPlaceholder = "[iban]";

    private static readonly string[] Regions = ["US", "GB", "ES", "MX", "FR", "DE", "AT", "CH", "PT", "BR", "NL", "BE"];
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    // IBANs are written in capitals, compact or in groups of four.
    [GeneratedRegex(@"\b[A-Z]{2}[0-9]{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")]
    private static partial Regex IbanPattern();

    [GeneratedRegex(@"(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])")]
    private static partial Regex CardPattern();

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var redacted = IbanPattern().Replace(text, m => Iban.IsValid(m.Value.Replace(" ", "", StringComparison.Ordinal)) ? IbanPlaceholder : m.Value);
        redacted = CardPattern().Replace(redacted, m => IsCard(m.Value) ? CardPlaceholder : m.Value);
        redacted = EmailPattern().Replace(redacted, EmailPlaceholder);
        return NameCues.Redact(RedactPhones(redacted));
    }

    private static bool IsCard(string value)
    {
        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        return digits.Length is >= 13 and <= 19 && Luhn.IsValid(digits);
    }

    private static string RedactPhones(string text)
    {
        // Phone numbers have at least 7 digits; most replies have none, so skip the (costly) matcher for them.
        if (text.Count(char.IsAsciiDigit) < 7)
        {
            return text;
        }

        foreach (var region in Regions)
        {
            var matches = Phones.FindNumbers(text, region, PhoneNumberUtil.Leniency.VALID, long.MaxValue).ToList();
            for (var i = matches.Count - 1; i >= 0; i--)
            {
                text = string.Concat(text.AsSpan(0, matches[i].Start), PhonePlaceholder, text.AsSpan(matches[i].Start + matches[i].Length));
            }
        }

        return text;
    }
}
