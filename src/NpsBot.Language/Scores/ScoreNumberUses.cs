using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// Numbers that name something else than a score: what it was instead of ("statt 10"), a day or a date ("llegó el 5",
/// "5 de mayo"), a group's size ("on était 5"), a deal ("2 for 1"), German "acht geben" (take care), and a place among
/// others ("one of the 3 best", "1 of many", "the 3 best", "one of the best"), a place in a queue ("der 3. in der Schlange").
/// </summary>
internal static class ScoreNumberUses
{
    private const int QueueReach = 4;
    private static readonly FrozenSet<string> QueueNouns = WordSet(
        "queue line file cola fila rij wachtrij schlange warteschlange warteschleife reihe");

    private static readonly FrozenSet<string> InWords = WordSet("in dans en na no em op");

    /// <summary>
    /// "wir waren der 3. in der Schlange", "still 6 in the queue", "el 4 en la cola", "o 5 na fila", "nummer 4 in de rij": a
    /// place in a queue (issue 12, twelfth round); a comma after the number ("8, in the queue for ages but fine") ends it.
    /// </summary>
    internal static bool IsPlaceInAQueue(IReadOnlyList<ScoreToken> tokens, int last)
    {
        var at = last + 1;
        if (at < tokens.Count && tokens[at].GluedToPrevious && tokens[at].Text is "." or "º" or "ª")
        {
            at++; // "der 3.", "el 4º"
        }

        if (at >= tokens.Count || !InWords.Contains(tokens[at].Folded))
        {
            return false;
        }

        return Window(tokens, at + 1, at + QueueReach).TakeWhile(t => t.Kind == ScoreTokenKind.Word).Any(t => QueueNouns.Contains(t.Folded));
    }

    internal static bool IsAfterInsteadOf(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var at = first - 1;
        while (at >= 0 && at >= first - 3 && ScoreDiscourseWords.Linkers.Contains(tokens[at].Folded))
        {
            if (HasPairAt(tokens, at - 1, ScoreDiscourseWords.InsteadOf))
            {
                return true; // "instead_of", "au_lieu" is caught below, "plaats_van"
            }

            at--;
        }

        return at >= 0 && (ScoreDiscourseWords.InsteadOf.Contains(tokens[at].Folded)
            || HasPairAt(tokens, at - 1, ScoreDiscourseWords.InsteadOf));
    }

    internal static bool IsDayAfterDateVerb(IReadOnlyList<ScoreToken> tokens, int first) =>
        tokens[first].Kind == ScoreTokenKind.Number
        && first >= 2
        && tokens[first - 1].Folded is "el" or "le" or "the" or "on" or "am" or "op" or "em" or "no" or "dia"
        && (ScoreDiscourseWords.DateVerbs.Contains(tokens[first - 2].Folded)
            || (first >= 3 && tokens[first - 2].Folded is "on" or "op" && ScoreDiscourseWords.DateVerbs.Contains(tokens[first - 3].Folded)));

    internal static bool IsAchtGeben(IReadOnlyList<ScoreToken> tokens, int at) =>
        AnyIn(tokens, at - 2, at - 1, t => t.Folded is "gebt" or "gib" or "gibt" or "gab" or "habt" or "hab" or "haltet")
        || (at > 0 && tokens[at - 1].Folded is "ausser")
        || (at + 1 < tokens.Count && tokens[at + 1].Folded is "auf" or "nehmen" or "genommen" or "gelassen" or "lassen" or "lasst" or "liess")
        || (at + 2 < tokens.Count && tokens[at + 1].Folded is "geben" or "gegeben" && tokens[at + 2].Kind == ScoreTokenKind.Word);

    internal static bool IsGroupSize(IReadOnlyList<ScoreToken> tokens, int first) =>
        first > 0
        && (ScoreDiscourseWords.GroupSizes.Contains(tokens[first - 1].Folded)
            || HasPairAt(tokens, first - 2, ScoreDiscourseWords.GroupSizes));

    // A month right before the number, or right after it (past "de"/"of"/"th"): a date.
    internal static bool IsDate(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var after = last + 1;
        if (after < tokens.Count && tokens[after].Folded is "de" or "of" or "th" or "st" or "nd" or "rd" or "er" or ".")
        {
            after++;
        }

        return (first > 0 && ScoreDiscourseWords.Months.Contains(tokens[first - 1].Folded))
            || (after < tokens.Count && ScoreDiscourseWords.Months.Contains(tokens[after].Folded));
    }

    internal static bool IsDeal(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        static bool Link(ScoreToken t) => t.IsSymbol('+') || ScoreDiscourseWords.DealWords.Contains(t.Folded);
        static bool Small(ScoreToken t) => t.Kind == ScoreTokenKind.Number && t.Value <= 3;
        return (Small(tokens[first]) && last + 2 < tokens.Count && Link(tokens[last + 1]) && Small(tokens[last + 2]))
            || (Small(tokens[first]) && first >= 2 && Link(tokens[first - 1]) && Small(tokens[first - 2]));
    }

    // "one of the 3 best", "uma das 3 melhores", "l'un des 3", "einer der 3", "una de las 3", "een van de 3": a rank among a few
    // (issue 12, eleventh round).
    internal static bool IsOneOfThe(IReadOnlyList<ScoreToken> tokens, int first) =>
        (first >= 3 && OneWords.Contains(tokens[first - 3].Folded) && tokens[first - 2].Folded is "of" or "de" or "van" or "von"
            && tokens[first - 1].Folded is "the" or "las" or "los" or "de" or "den" or "these" or "those")
        || (first >= 2 && OneWords.Contains(tokens[first - 2].Folded) && tokens[first - 1].Folded is "das" or "dos" or "des" or "der" or "unter");

    // "1 of many", "1 van velen", "uno de tantos": one among a crowd, not a rating.
    internal static bool IsOneOfMany(IReadOnlyList<ScoreToken> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Folded is "of" or "van" or "von" or "de" or "parmi" or "among" or "unter" or "entre"
        && Crowds.Contains(tokens[last + 2].Folded);

    /// <summary>
    /// A rank among the best or worst (issue 12, fourteenth round): "the 3 best", "das 3 melhores", "bij de beste 3", "los 3
    /// mejores", and "one of the best", "uno de los mejores", "un des meilleurs", "einer der besten", "um dos melhores".
    /// </summary>
    internal static bool IsRank(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        bool At(int at, FrozenSet<string> words) => at >= 0 && at < tokens.Count && words.Contains(tokens[at].Folded);
        var ofTheBest = At(last + 1, RankOfWords) && (At(last + 2, Superlatives) || (At(last + 2, TheWords) && At(last + 3, Superlatives)));
        return (At(first - 1, TheWords) && At(last + 1, Superlatives))
            || (At(first - 1, Superlatives) && At(first - 2, TheWords))
            || ((tokens[first].Value is 1 || OneWords.Contains(tokens[first].Folded)) && ofTheBest);
    }

    private static readonly FrozenSet<string> TheWords = WordSet("the das os as los las les die den der de het des dos");

    private static readonly FrozenSet<string> RankOfWords = WordSet("of de des dos das der van von del");

    private static readonly FrozenSet<string> Superlatives = WordSet(
        "best worst finest greatest mejores peores mejor peor meilleurs meilleures meilleur meilleure pires pire "
        + "besten beste bester schlechtesten schlechteste melhores piores melhor pior slechtste slechtsten");

    private static readonly System.Collections.Frozen.FrozenSet<string> OneWords = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["one", "un", "une", "l'un", "l'une", "uno", "una", "um", "uma", "einer", "eine", "eines", "einem", "een", "eén"], StringComparer.Ordinal);

    private static readonly System.Collections.Frozen.FrozenSet<string> Crowds = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["many", "thousands", "hundreds", "beaucoup", "milliers", "tant", "d'autres", "vielen", "tausenden", "hunderten", "muchos", "muchas",
         "tantos", "tantas", "miles", "muitos", "muitas", "milhares", "velen", "duizenden", "honderden"], StringComparer.Ordinal);

    // "eine 2 minus", "ne Drei plus": a German school grade (1 best, 6 worst) with its tendency, no score (fourteenth round).
    internal static bool IsGradeWithTendency(IReadOnlyList<ScoreToken> tokens, int first, int last, string language) =>
        language == "de" && NumberValue(tokens[first]) <= 6 && last + 1 < tokens.Count && tokens[last + 1].Folded is "minus" or "plus";

    // "sehr gut (1)", "befriedigend (3)": a German school grade with its number in brackets, no score (eleventh round).
    internal static bool IsBracketedGrade(IReadOnlyList<ScoreToken> tokens, int first, int last, string language) =>
        language == "de" && first >= 2 && last + 1 < tokens.Count && tokens[first - 1].IsSymbol('(') && tokens[last + 1].IsSymbol(')')
        && tokens[first - 2].Folded is "gut" or "befriedigend" or "ausreichend" or "mangelhaft" or "ungenugend";
}
