using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// Clock times the digit rules did not reach (issue 12, thirteenth round): an hour said in words after a clock word ("a las
/// ocho", "às oito", "um halb neun", "om half acht", "vers huit"), the two ends of a span of hours ("from 9 to 11", "von 8
/// bis 13 Uhr", "de 10 a 14h"), and an hour with its part of the day after it ("it's 6 in the morning", "son las 7 de la
/// mañana"). English "at nine" is read by <see cref="ScoreIdioms.IsClockTime"/>.
/// </summary>
internal static class ScoreClockTimes
{
    /// <summary>Clock words right before an hour in words, per language; Spanish and Portuguese take them as pairs.</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> WordClockMarkers = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["es"] = WordSet("a_las desde_las hasta_las sobre_las hacia_las"),
        ["pt"] = WordSet("ate_as desde_as depois_das antes_das pelas"),
        ["de"] = WordSet("halb um gegen"),
        ["nl"] = WordSet("half om rond"),
        ["fr"] = WordSet("vers"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> FromWords = WordSet("from de von vom van desde das");
    private static readonly FrozenSet<string> UntilWords = WordSet("to till until til a bis tot ate al hasta as");

    /// <summary>Parts of the day after an hour, as the words that follow it (folded, joined by spaces).</summary>
    private static readonly string[] PartsOfTheDay =
    [
        "in the morning", "in the evening", "at night", "pm", "du matin", "du soir", "de l'apres-midi", "morgens", "abends",
        "nachts", "am morgen", "am abend", "in der nacht", "de la manana", "de la tarde", "de la noche", "de la madrugada",
        "da manha", "da tarde", "da noite", "da madrugada", "in de ochtend", "in de avond", "in de nacht",
    ];

    /// <summary>"a las ocho", "às oito", "um halb neun", "om half acht": an hour in words after a clock word.</summary>
    internal static bool IsHourInWords(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate, string language)
    {
        if (!candidate.FromWord || first == 0 || candidate.Value is < 1 or > 12 || IsScaleAfter(tokens, last))
        {
            return false;
        }

        if (language == "pt" && tokens[first - 1].Text.ToLowerInvariant() is "às" or "ás")
        {
            return true; // "chegou às oito": the accent marks the hour ("as" alone is an article)
        }

        return WordClockMarkers.TryGetValue(language, out var markers)
            && (markers.Contains(tokens[first - 1].Folded) || HasPairAt(tokens, first - 2, markers));
    }

    /// <summary>
    /// "from 9 to 11", "von 8 bis 13", "de 10 a 14h": both ends of a span whose end is past our scale and no later than 24
    /// are hours; "de 7 a 8" stays a range of scores.
    /// </summary>
    internal static bool IsEndOfASpanOfHours(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        if (first > 0 && FromWords.Contains(tokens[first - 1].Folded) && last + 2 < tokens.Count && UntilWords.Contains(tokens[last + 1].Folded))
        {
            return IsHourPastOurScale(tokens[last + 2]);
        }

        return first >= 3 && UntilWords.Contains(tokens[first - 1].Folded) && FromWords.Contains(tokens[first - 3].Folded)
            && NumberValue(tokens[first - 2]) is not null && IsHourPastOurScale(tokens[first]);
    }

    /// <summary>"6 in the morning", "7 da manhã", "8 de la tarde": an hour with its part of the day.</summary>
    internal static bool IsHourOfTheDay(IReadOnlyList<ScoreToken> tokens, int last)
    {
        return StartsWithPhrase(tokens, last + 1, last + 3, wordsOnly: false, PartsOfTheDay);
    }

    private static bool IsHourPastOurScale(ScoreToken token) => NumberValue(token) is > 10 and <= 24;

    private static bool IsScaleAfter(IReadOnlyList<ScoreToken> tokens, int last) =>
        last + 1 < tokens.Count && (tokens[last + 1].IsSymbol('/') || ScoreContext.IsOutOf(tokens[last + 1].Folded));
}
