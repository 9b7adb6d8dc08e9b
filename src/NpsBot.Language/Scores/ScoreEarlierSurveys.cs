using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// A score given in an earlier survey, told in the past (issue 12, ninth round): an earlier survey named ("au dernier
/// sondage", "en la encuesta anterior", "bei der letzten Umfrage"), a pluperfect of giving ("je vous avais mis 8", "eu
/// tinha dado 7", "ik had 8 gegeven"), or a past "gave"/"puse"/"dei" after an earlier time ("last week, gave you a 9"). A
/// "now"/"today"/"this time" in the number's own clause makes it today's score ("la dernière fois 4, aujourd'hui 7").
/// An earlier time told beside the number (issue 12, tenth round) does too, whatever the verb: "antes eu dava 9", "was a 9
/// back in spring", "vroeger 9", "beim letzten Mal noch 9", so "agora 3, antes eu dava 9" is a 3, not two numbers.
/// </summary>
internal static class ScoreEarlierSurveys
{
    private const int SurveyReach = 2;

    private static readonly FrozenSet<string> SurveyNouns = WordSet(
        "survey surveys questionnaire poll sondage sondages enquete enquetes umfrage befragung fragebogen encuesta encuestas cuestionario "
        + "pesquisa pesquisas questionario inquerito vragenlijst");

    private static readonly FrozenSet<string> EarlierWords = WordSet(
        "last previous earlier former prior dernier derniere derniers dernieres precedent precedente passe passee "
        + "letzte letzten letzter letztes vorige vorigen voriger voriges vorherige vorherigen fruhere fruheren vergangene vergangenen vergangenes "
        + "ultima ultimo anterior pasada pasado passada passado vorig afgelopen eerdere");

    private static readonly FrozenSet<string> NowWords = WordSet(
        "now today this_time maintenant aujourd'hui cette_fois jetzt heute diesmal dieses_mal nun ahora hoy esta_vez agora hoje desta_vez dessa_vez "
        + "nu vandaag deze_keer dit_keer "
        // "at the moment", "pour l'instant", "im Moment", "de momento", "no momento", "op dit moment", "currently"
        + "moment momento momentan l'instant currently nowadays actuellement aktuell derzeit actualmente atualmente momenteel tegenwoordig");

    // An earlier time beside the number, and the pairs that say it ("used to", "back then", "beim letzten Mal").
    private static readonly FrozenSet<string> EarlierTimes = WordSet(
        "before formerly previously used_to back_in back_then at_first avant autrefois auparavant au_debut antes antiguamente al_principio "
        + "fruher vorher damals letzten_mal anfangs antigamente dantes no_inicio vroeger toen in_het_begin");

    // "avant de", "antes de que", "before the": a time after which something happened, not a score given earlier.
    private static readonly FrozenSet<string> Subordinators = WordSet("de d' del que of the dass dat");

    private const int EarlierTimeReachAfter = 3;

    // First-person simple pasts of giving that cannot be read as a present ("di" and "dei" are "I gave" in Spanish and Portuguese).
    private static readonly FrozenSet<string> PastGiving = WordSet("gave put rated scored gab vergab puse di dimos dei demos gaf");

    // Pluperfect auxiliaries and the participles of giving beside them ("j'avais mis", "hatte ich gegeben", "había puesto").
    private static readonly FrozenSet<string> PluperfectAuxiliaries = WordSet(
        "had avais avait aviez avions avaient hatte hatten hattest habia habian habiamos tinha tinham tinhamos hadden");

    // The auxiliaries looked up by the characters after an apostrophe, without cutting a string (perf18).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PluperfectAuxiliariesByChars =
        PluperfectAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> GivenParticiples = WordSet(
        "given put rated scored mis donne attribue gegeben vergeben puesto dado dada colocado gegeven gezet");

    internal static bool IsEarlierScore(IReadOnlyList<ScoreToken> tokens, int first, int last, int clauseStart, int clauseEnd)
    {
        if (HasNowWord(tokens, clauseStart, clauseEnd))
        {
            return false;
        }

        return NamesAnEarlierSurvey(tokens, clauseStart, clauseEnd)
            || IsBesideAnEarlierTime(tokens, first, last, clauseStart, clauseEnd)
            || (AnyIn(tokens, clauseStart, clauseEnd, t => PluperfectAuxiliariesByChars.Contains(AfterApostrophe(t.Folded)))
                && AnyIn(tokens, clauseStart, clauseEnd, t => GivenParticiples.Contains(t.Folded)))
            || (AnyIn(tokens, clauseStart, clauseEnd, t => PastGiving.Contains(t.Folded))
                && AnyIn(tokens, 0, clauseEnd, t => EarlierWords.Contains(t.Folded)))
            || IsGivenOnAnEarlierOccasion(tokens, clauseStart, clauseEnd);
    }

    // "2024 hab ich 9 gegeben", "in 2023 I gave 8", "la otra vez puse 7", "l'autre fois j'ai mis 6": a year or "the other time"
    // beside a verb of giving in the past (issue 12, fourteenth round); a year alone ("since 2020, 9") leaves the score.
    private static bool IsGivenOnAnEarlierOccasion(IReadOnlyList<ScoreToken> tokens, int start, int end) =>
        AnyIn(tokens, start, end, t => PastGiving.Contains(t.Folded) || GivenParticiples.Contains(t.Folded))
        && (AnyIn(tokens, start, end, IsYear) || HasPair(tokens, start, end, OtherTimes));

    private static readonly FrozenSet<string> OtherTimes = WordSet("other_time otra_vez autre_fois l'autre_fois outra_vez andere_mal anderen_mal andere_keer");

    private static bool IsYear(ScoreToken token) => token is { Kind: ScoreTokenKind.Number, Text.Length: 4, Value: >= 1990 and < 2100 };

    // "au dernier sondage ... 9", "bei der letzten Umfrage hab ich 8 gegeben": a survey with an earlier word beside it, in the
    // number's clause ("my boss gave 9 in the last survey, im giving 3" keeps the 3).
    private static bool NamesAnEarlierSurvey(IReadOnlyList<ScoreToken> tokens, int start, int end)
    {
        for (var i = start; i <= end; i++)
        {
            if (SurveyNouns.Contains(tokens[i].Folded) && AnyIn(tokens, Math.Max(start, i - SurveyReach), Math.Min(end, i + SurveyReach), t => EarlierWords.Contains(t.Folded)))
            {
                return true;
            }
        }

        return false;
    }

    // "antes eu dava 9", "vroeger gaf ik 9", "was a 9 back in spring": an earlier time before the number in its clause, or just after.
    private static bool IsBesideAnEarlierTime(IReadOnlyList<ScoreToken> tokens, int first, int last, int start, int end)
    {
        for (var i = start; i <= Math.Min(end, last + EarlierTimeReachAfter); i++)
        {
            if (i >= first && i <= last)
            {
                continue;
            }

            var pair = HasPairAt(tokens, i, EarlierTimes) && i + 1 <= end;
            var next = i + (pair ? 2 : 1);
            if ((pair || EarlierTimes.Contains(tokens[i].Folded)) && (next > end || !Subordinators.Contains(tokens[next].Folded)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNowWord(IReadOnlyList<ScoreToken> tokens, int start, int end)
    {
        for (var i = Math.Max(0, start); i <= end && i < tokens.Count; i++)
        {
            if (NowWords.Contains(tokens[i].Folded) || HasPairAt(tokens, i, NowWords) && i + 1 <= end)
            {
                return true;
            }
        }

        return false;
    }

    // "j'avais" is one token: the auxiliary is what follows the apostrophe.
    private static ReadOnlySpan<char> AfterApostrophe(string folded) => folded.AsSpan(folded.LastIndexOf('\'') + 1);
}
