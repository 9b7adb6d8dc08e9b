using System.Text.RegularExpressions;

namespace NpsBot.Channels.Sms.Budget;

/// <summary>A message made to fit: the text to send and what was done to it.</summary>
public sealed record SmsFitted(string Text, SmsFitting Fitting, int Segments);

/// <summary>
/// Makes an SMS body fit a number of segments (<see cref="SmsSegments"/>), changing as little as it can, in this order:
/// the text as written (already in plain punctuation, <see cref="SmsText"/>); the numbered choices on one line
/// ("1=Yes 2=No", a character less each); the text cut at a word boundary with "..."; and when the cut would lose a must-keep word
/// (<see cref="SmsMustKeep"/>: a link, a discount code, a deadline), the words between the cut and it dropped instead.
/// The choices are never cut (they are how the customer answers), nor is any must-keep word: when those alone exceed the
/// budget they are sent whole and the result says <see cref="SmsFitting.OverBudget"/>. Nothing is ever dropped whole.
/// Written by hand: no library shapes text to SMS segments.
/// </summary>
public static partial class SmsFit
{
    public const string Ellipsis = "...";

    public static SmsFitted Fit(string text, int maxSegments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegments, 1);
        if (Fits(text, maxSegments))
        {
            return Result(text, SmsFitting.AsWritten);
        }

        var (prose, choices) = SplitChoices(text);
        var compact = choices.Count == 0 ? null : string.Join(' ', choices.Select(c => NumberedChoice().Replace(c, "$1=")));
        var condensedProse = BlankLines().Replace(prose, "\n").Trim();
        var compacted = Join(condensedProse, compact);
        if (compact is not null && Fits(compacted, maxSegments))
        {
            return Result(compacted, SmsFitting.CompactChoices);
        }

        var words = condensedProse.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var keep = SmsMustKeep.Mark(words);
        for (var cut = words.Length - 1; cut >= 0; cut--)
        {
            // words[..cut] stay as written; after them, only the must-keep words.
            var kept = words.Skip(cut).Where((_, i) => keep[cut + i]).ToList();
            var candidate = Join(Shortened(words.Take(cut), kept), compact);
            if (Fits(candidate, maxSegments))
            {
                return Result(candidate, kept.Count == 0 ? SmsFitting.Shortened : SmsFitting.MustKeepCondensed);
            }
        }

        // Nothing but the must-keep words and the choices: over the budget, never cut.
        var bare = Join(string.Join(' ', words.Where((_, i) => keep[i])), compact);
        return Result(bare.Length == 0 ? compacted : bare, SmsFitting.OverBudget);
    }

    private static bool Fits(string text, int maxSegments) => SmsSegments.Count(text) <= maxSegments;

    private static SmsFitted Result(string text, SmsFitting fitting) => new(text, fitting, SmsSegments.Count(text));

    private static string Shortened(IEnumerable<string> head, List<string> kept)
    {
        var start = string.Join(' ', head).TrimEnd(',', ';', ':', '-', ' ', '\n');
        var tail = string.Join(' ', kept);
        return start.Length == 0 ? Ellipsis + (tail.Length == 0 ? "" : " " + tail)
            : tail.Length == 0 ? start + Ellipsis
            : start + Ellipsis + " " + tail;
    }

    private static string Join(string prose, string? choices) =>
        choices is null ? prose : prose.Length == 0 ? choices : prose + "\n" + choices;

    /// <summary>The text before the trailing "1. ...", "2. ..." lines, and those lines.</summary>
    private static (string Prose, List<string> Choices) SplitChoices(string text)
    {
        var lines = text.Split('\n').ToList();
        var first = lines.Count;
        while (first > 0 && NumberedChoice().IsMatch(lines[first - 1]))
        {
            first--;
        }

        return (string.Join('\n', lines.Take(first)), lines.Skip(first).ToList());
    }

    [GeneratedRegex(@"^(\d{1,2})\. ", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedChoice();

    [GeneratedRegex(@"\n\s*\n+", RegexOptions.CultureInvariant)]
    private static partial Regex BlankLines();
}
