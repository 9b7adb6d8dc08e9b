using System.Text.RegularExpressions;
using NpsBot.Language.Text;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// The cue matching <see cref="ThemeCues.Compute"/> replaced, frozen as it was: every word of the folded text compared with
/// every stem of every theme (the stems read back from <see cref="ThemeCues.Signature"/>, so cue words added to the lists are
/// compared too). The reference of <c>ThemeCueIndexTests</c> and the baseline of the benchmarks' <c>ThemeCuesBenchmarks</c>
/// (which compile this file in).
/// </summary>
internal static partial class ScanningThemeCues
{
    private static readonly string[][] Stems =
        [.. ThemeCues.Signature.Split('|').Select(stems => stems.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    public static float[] Compute(string text)
    {
        var counts = new float[Stems.Length];
        foreach (Match match in Word().Matches(TextFolding.Fold(text)))
        {
            for (var theme = 0; theme < Stems.Length; theme++)
            {
                if (Stems[theme].Any(stem => Matches(match.Value, stem)))
                {
                    counts[theme] = Math.Min(counts[theme] + 0.5f, 1.5f);
                }
            }
        }

        return counts;
    }

    private static bool Matches(string word, string stem) => stem.Length switch
    {
        <= 4 => word == stem || word == stem + "s",
        < 6 => word.StartsWith(stem, StringComparison.Ordinal),
        _ => word.Contains(stem, StringComparison.Ordinal),
    };
}
