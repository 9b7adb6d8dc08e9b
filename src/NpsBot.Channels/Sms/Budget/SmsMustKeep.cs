using System.Globalization;
using System.Text.RegularExpressions;

namespace NpsBot.Channels.Sms.Budget;

/// <summary>
/// The words of an SMS that shortening must never cut, because a promise or an answer depends on them: links and e-mail
/// addresses, anything with a digit (a discount code, a time, a date, an amount, a choice's number), codes in capitals
/// (SORRYTEN, STOP), and the weekday and month names of a deadline ("Monday 09:00", "lundi 7 décembre 09:00"). Read
/// from the rendered text because the channel sees nothing else; the patterns follow what the shipped wording renders
/// ({code}, {deadline}: see dialogs/playbooks.yaml and DeadlineText).
/// </summary>
public static partial class SmsMustKeep
{
    private static readonly string[] ShippedLocales = ["en", "es", "fr", "de", "pt", "nl"];

    private static readonly HashSet<string> CalendarWords = BuildCalendarWords();

    /// <summary>True when <paramref name="word"/> (a whitespace-free token) must reach the customer whole.</summary>
    public static bool IsMustKeep(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Link().IsMatch(word) || word.Any(char.IsAsciiDigit) || Code().IsMatch(word);
    }

    /// <summary>For each word, whether it must be kept (the calendar words of a deadline count when a time follows them).</summary>
    public static bool[] Mark(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var keep = words.Select(IsMustKeep).ToArray();
        for (var i = 0; i < words.Count; i++)
        {
            if (!Time().IsMatch(words[i]))
            {
                continue;
            }

            // Walk back over "Monday", "7", "December" before "09:00".
            for (var j = i - 1; j >= 0 && (CalendarWords.Contains(Bare(words[j])) || words[j].Any(char.IsAsciiDigit)); j--)
            {
                keep[j] = true;
            }
        }

        return keep;
    }

    private static string Bare(string word) => word.Trim(',', '.', ';', ':', '(', ')').ToLowerInvariant();

    private static HashSet<string> BuildCalendarWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in ShippedLocales.Select(CultureInfo.GetCultureInfo))
        {
            var format = culture.DateTimeFormat;
            foreach (var name in format.DayNames.Concat(format.MonthNames).Concat(format.MonthGenitiveNames).Where(n => n.Length > 0))
            {
                words.Add(name.ToLowerInvariant());
                words.Add(SmsText.Plain(name).ToLowerInvariant());
            }
        }

        return words;
    }

    [GeneratedRegex(@"^\W*((https?://|www\.)\S+|[^@\s]+@[^@\s]+\.\w+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex(@"\b[A-Z][A-Z0-9_-]{3,}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    [GeneratedRegex(@"\b\d{1,2}[:h.]\d{2}\b", RegexOptions.CultureInvariant)]
    private static partial Regex Time();
}
