using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// How a number that may be the score is said: on another scale ("4 stars"), as an open range ("8 or more", "9+"),
/// approximately ("around 7"), on a condition ("10 if you fix the app") or as a zero said of someone ("um zero à esquerda").
/// </summary>
internal static class ScoreMarks
{
    private const int ScaleTopReach = 5;
    private static readonly HashSet<string> StarSymbols = ["⭐", "★", "🌟", "☆"];
    private static readonly FrozenSet<string> ScaleWords = WordSet("scale skala echelle escala schaal");
    // "bis 5", "tot 5", "hasta 5" name a top alone; "to", "a", "à", "al" only after a bottom ("1 to 5", "de 0 a 10") or "up".
    private static readonly FrozenSet<string> UpTo = WordSet("bis tot ate hasta jusqu'a");
    private static readonly FrozenSet<string> RangeTo = WordSet("to a al");

    // "3 ⭐ pardon, 3 sur votre échelle", "school grade 2, on your scale 8": a number with our scale named right beside it
    // (issue 12, twelfth round).
    internal static bool IsOnOurScale(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var (start, end) = Clause(tokens, first);
        return AnyIn(tokens, Math.Max(start, first - 3), Math.Min(end, last + 3), t => ScaleWords.Contains(t.Folded));
    }

    // "zero à esquerda", "un cero a la izquierda": the idiom for worthless, a zero all the same.
    internal static bool IsZeroIdiom(IReadOnlyList<ScoreToken> tokens, int last) =>
        HasPairAt(tokens, last + 1, ScoreDiscourseWords.ZeroIdiomTails);

    // "o gerente é um zero à esquerda": the idiom said of someone or something is not plainly the customer's score.
    internal static bool IsDescribedZero(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate)
    {
        if (candidate.Value != 0 || !IsZeroIdiom(tokens, last))
        {
            return false;
        }

        var before = BeforeArticle(tokens, first);

        return before >= 1 && tokens[before].Kind == ScoreTokenKind.Word && ScoreDiscourseWords.DescribingVerbs.Contains(tokens[before].Folded);
    }

    // "so um die 6 rum", "around 7", "unos 8": an approximate number is still the customer's (the read-back confirms it).
    internal static bool IsApproximate(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var before = BeforeArticle(tokens, first);

        return (before >= 0 && (ScoreDiscourseWords.Approximations.Contains(tokens[before].Folded)
                || HasPairAt(tokens, before - 1, ScoreDiscourseWords.Approximations)))
            || (last + 1 < tokens.Count && (ScoreDiscourseWords.ApproximationTails.Contains(tokens[last + 1].Folded)
                || HasPairAt(tokens, last + 1, ScoreDiscourseWords.ApproximationTails)));
    }

    // "10 if you fix the app", "if you fix the app, 10": a score on a condition the company has not met is not given yet.
    internal static bool IsConditional(IReadOnlyList<ScoreToken> tokens, int first, int last, string language) =>
        HasPairAt(tokens, last + 1, ScoreDiscourseWords.ConditionPairs)
        || ScoreConditions.IsOnACondition(tokens, last, language)
        || ScoreConditions.IsInAConditionalSentence(tokens, first, last, language);

    internal static bool IsOtherScale(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        var (start, end) = Clause(tokens, first);
        var after = Window(tokens, last + 1, Math.Min(end, last + 2));
        var before = Window(tokens, Math.Max(start, first - 3), first - 1);
        return after.Any(t => ScoreDiscourseWords.OtherScales.Contains(t.Folded) || StarSymbols.Contains(t.Text))
            || before.Any(t => ScoreDiscourseWords.OtherScales.Contains(t.Folded) || StarSymbols.Contains(t.Text))
            || (language == "de" && first > 0 && tokens[first - 1].Folded == "note")
            || NamesAnotherScale(tokens, first, last);
    }

    // "auf ner Skala bis 5 ne 3", "on a scale of 1 to 5, a 4": the sentence names a scale whose top is not 10 (issue 12, ninth round).
    private static bool NamesAnotherScale(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var (start, end) = Sentence(tokens, first, last);
        for (var i = start; i <= end; i++)
        {
            if (!ScaleWords.Contains(tokens[i].Folded))
            {
                continue;
            }

            for (var at = i + 1; at < end && at <= i + ScaleTopReach; at++)
            {
                if (IsUpTo(tokens, at) && NumberValue(tokens[at + 1]) is { } top)
                {
                    return top != 10;
                }
            }
        }

        return false;
    }

    private static bool IsUpTo(IReadOnlyList<ScoreToken> tokens, int at) =>
        UpTo.Contains(tokens[at].Folded)
        || (RangeTo.Contains(tokens[at].Folded) && at > 0 && (tokens[at - 1].Folded == "up" || NumberValue(tokens[at - 1]) is not null));

    internal static bool IsOpenRange(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        if (IsOpenRangePrefix(tokens, first))
        {
            return true; // "at least 8", "plus de 8", "mindestens 9"
        }

        if (last + 1 < tokens.Count && tokens[last + 1].IsSymbol('+') && tokens[last + 1].GluedToPrevious
            && (last + 2 >= tokens.Count || tokens[last + 2].Kind != ScoreTokenKind.Number))
        {
            return true; // "9+"
        }

        if (last + 1 >= tokens.Count)
        {
            return false;
        }

        if (ScoreDiscourseWords.OpenRangeSuffixes.Contains(tokens[last + 1].Folded)
            || HasPairAt(tokens, last + 1, ScoreDiscourseWords.OpenRangeSuffixPairs))
        {
            return true; // "8 minimum"
        }

        var second = last + 2 < tokens.Count && tokens[last + 2].Kind == ScoreTokenKind.Word ? tokens[last + 2].Folded : "";
        return ContainsPair(ScoreDiscourseWords.OpenRangePairs, tokens[last + 1].Folded, second);
    }

    private static bool IsOpenRangePrefix(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var before = BeforeArticle(tokens, first); // "at least a 8"

        // "boven de 8", "acima de 8", "au-dessus de 8", "por encima del 8": the range word before a "de"/"of"
        return IsOpenRangeWordAt(tokens, before)
            || (before >= 1 && tokens[before].Kind == ScoreTokenKind.Word && ScoreDiscourseWords.RangeLinkers.Contains(tokens[before].Folded)
                && IsOpenRangeWordAt(tokens, before - 1));
    }

    private static bool IsOpenRangeWordAt(IReadOnlyList<ScoreToken> tokens, int at) =>
        at >= 0
        && (ScoreDiscourseWords.OpenRangePrefixes.Contains(tokens[at].Folded)
            || HasPairAt(tokens, at - 1, ScoreDiscourseWords.OpenRangePrefixes));
}
