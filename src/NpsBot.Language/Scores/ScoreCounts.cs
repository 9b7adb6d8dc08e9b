using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// A number that counts things beside a noun (issue 12, ninth round): what is missing ("il manque 3 vis", "faltan 2
/// tornillos", "es fehlen noch 4 Schrauben", "2 screws missing"), and counts said in parallel, the same number before two
/// nouns ("3 commandes, 3 erreurs", "4 llamadas, 4 excusas"), whatever the nouns are.
/// </summary>
internal static class ScoreCounts
{
    private const int LackingReach = 2;

    private static readonly FrozenSet<string> LackingVerbs = WordSet(
        "missing lacking manque manquent manquait manquaient manquant fehlen fehlt fehlte fehlten fehlend falta faltan faltaba faltaban falto "
        + "faltaron faltando faltam faltava faltavam faltou faltaram ontbreken ontbreekt ontbrak ontbraken ontbrekend");

    /// <summary>A number after a verb of lacking in its clause ("faltan 2"), or a number, its noun and the verb ("2 Schrauben fehlen").</summary>
    internal static bool IsMissingCount(IReadOnlyList<ScoreToken> tokens, int first, int last, int clauseStart, int clauseEnd) =>
        (AnyIn(tokens, Math.Max(clauseStart, first - LackingReach), first - 1, t => LackingVerbs.Contains(t.Folded))
            && !ScoreDiscourseWords.Conversions.Contains(tokens[first - 1].Folded)) // "still missing so 4": the "so" gives the score
        || (last + 2 <= clauseEnd && IsNoun(tokens[last + 1]) && LackingVerbs.Contains(tokens[last + 2].Folded));

    private const int BoughtReach = 5;

    // Verbs of buying in the past, folded (issue 12, thirteenth round): "we bought 3 lamps", "compré 4 mesas"; not the present
    // ("would buy again 9" is a score).
    private static readonly FrozenSet<string> BuyingVerbs = WordSet(
        "bought purchased achete achetes achetee achetees gekauft kaufte kauften "
        + "compre compramos compraron comprado comprei comprou compraram gekocht kocht kochten");

    // Verbs of recommending or telling, folded: the number after "to"/"aan"/"para" counts the people told ("aan 5 buren aangeraden"), and
    // after "a"/"à" with a French, Spanish or Portuguese verb ("recomendé a 4 vecinos"; English "recommend a 10" is a score).
    private static readonly FrozenSet<string> RecommendingVerbs = WordSet(
        "recommended recommend recommande recommandee recommandes conseille empfohlen weiterempfohlen empfehle empfahl "
        + "recomende recomendado recomendamos recomendei recomendou indiquei indicado aangeraden aanbevolen aanraden doorverteld "
        // the people told about it count as well (issue 12, fourteenth round): "falei de vocês pra 2 vizinhas", "aan 2 collega's verteld"
        + "told talked spoke raconte parle erzahlt gesagt erzahlte conte comente hable dije contado hablado falei contei comentei falamos "
        + "verteld gezegd vertelde");

    private static readonly FrozenSet<string> ToWords = WordSet("to aan para pra");

    /// <summary>
    /// A count of things bought: the number right after a verb of buying that ends the clause or goes on to a noun ("compré
    /// 4 mesas", "j'en ai acheté 2"), or a number and its noun before the verb ("hab 2 Lampen gekauft", "3 stoelen gekocht");
    /// and the people something was recommended to ("recommended you to 4 neighbours", "aan 5 buren aangeraden").
    /// </summary>
    internal static bool IsBoughtOrRecommendedCount(IReadOnlyList<ScoreToken> tokens, int first, int last, int clauseStart, int clauseEnd)
    {
        var nounAfter = last + 1 <= clauseEnd && IsNoun(tokens[last + 1]);
        var verbBefore = AnyIn(tokens, Math.Max(clauseStart, first - 2), first - 1, t => BuyingVerbs.Contains(t.Folded));
        var verbAfter = nounAfter && Window(tokens, last + 2, Math.Min(clauseEnd, last + BoughtReach))
            .TakeWhile(t => t.Kind == ScoreTokenKind.Word).Any(t => BuyingVerbs.Contains(t.Folded));
        var verb = Window(tokens, clauseStart, clauseEnd).FirstOrDefault(t => RecommendingVerbs.Contains(t.Folded));
        var toPeople = first > clauseStart && nounAfter && verb is not null
            && (ToWords.Contains(tokens[first - 1].Folded) || (tokens[first - 1].Folded == "a" && !verb.Folded.StartsWith("recommend", StringComparison.Ordinal)));
        return (verbBefore && (nounAfter || last == clauseEnd)) || verbAfter || toPeople;
    }

    /// <summary>
    /// "comprei 3 cadeiras, 1 veio partida", "bought 4 lamps, 2 broke": a smaller number that goes on to a word, in a clause
    /// after a count of things bought, is a part of that count, not a score.
    /// </summary>
    internal static bool IsPartOfABoughtCount(IReadOnlyList<ScoreToken> tokens, int first, int last, double value)
    {
        if (last + 1 >= tokens.Count || !IsNoun(tokens[last + 1]))
        {
            return false;
        }

        var (clauseStart, _) = Clause(tokens, first);
        for (var at = Sentence(tokens, first, last).Start; at < clauseStart; at++)
        {
            var (start, end) = Clause(tokens, at);
            if (NumberValue(tokens[at]) > value && IsBoughtOrRecommendedCount(tokens, at, at, start, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The starts of numbers said in parallel: two numbers of one value in the reply, each followed by a word that is no
    /// score's follower ("3 commandes, 3 erreurs"), also when the other one was no candidate ("5 emails" is a count already).
    /// A count repeated for effect, not a score given twice.
    /// </summary>
    internal static HashSet<int> ParallelCounts(IReadOnlyList<ScoreCandidate> candidates, IReadOnlyList<ScoreToken> tokens)
    {
        var counts = new HashSet<int>();
        foreach (var candidate in candidates)
        {
            var at = IndexOf(tokens, candidate.Start);
            if (at < 0 || !IsBeforeNoun(tokens, at) || ScoreMarks.IsOnOurScale(tokens, at, at))
            {
                continue; // the usual reply ("8", "8 because"), or our scale named beside it ("3 auf eurer Skala"): no count to pair
            }

            for (var other = 0; other + 1 < tokens.Count; other++)
            {
                if (other != at && IsBeforeNoun(tokens, other) && NumberValue(tokens[other]) == candidate.Value && IsClauseApart(tokens, at, other))
                {
                    counts.Add(candidate.Start);
                    break;
                }
            }
        }

        return counts;
    }

    // "3 commandes, 3 erreurs" are two statements; "10 outta 10 mate" is one score and its scale.
    private static bool IsClauseApart(IReadOnlyList<ScoreToken> tokens, int one, int other) =>
        Clause(tokens, one) != Clause(tokens, other);

    private static int IndexOf(IReadOnlyList<ScoreToken> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start == start)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsBeforeNoun(IReadOnlyList<ScoreToken> tokens, int at) =>
        at + 1 < tokens.Count && tokens[at].Kind is ScoreTokenKind.Number or ScoreTokenKind.Word && IsNoun(tokens[at + 1]) && !tokens[at + 1].GluedToPrevious;

    // A word that may be a noun: not a number word, not a word that follows a score ("8 points", "8 because", "8 out of").
    private static bool IsNoun(ScoreToken token) =>
        token.Kind == ScoreTokenKind.Word
        && !ScoreDiscourseWords.ScoreFollowers.Contains(token.Folded)
        && !ScoreContext.IsOutOf(token.Folded)
        && !ScoreContext.IsArticle(token.Folded)
        && NumberWords.Find(token.Folded, token.Folded) is null;
}
