using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// A score on a condition not met yet, whoever must meet it: "ich geb 10 wenn ich mein Geld zurückkrieg", "dou 10 se
/// devolverem meu dinheiro", "I'd give 10 if I got my money back" (the company's side, "10 if you fix the app", is in
/// <see cref="ScoreDiscourseWords.ConditionPairs"/>). "8 if I'm honest" and "0 if I could" are no condition on the score.
/// The condition may also come first or after a comma (issue 12, tenth round): "if you fix my boiler, 10", "si me arreglan
/// la lavadora, 10", "als de cv-ketel weer werkt, 10", "vielleicht 8, wenn der Techniker kommt", "sobald das Geld zurück
/// ist, 9": a clause of the number's sentence that opens with an if-word holds the score back.
/// </summary>
public static class ScoreConditions
{
    private const int Reach = 3;

    /// <summary>Words in the condition that make it a way of speaking ("if I'm honest", "si je pouvais", "wenn ich ehrlich bin").</summary>
    private static readonly FrozenSet<string> NotACondition = Set(
        "honest honestly truthful could can possible ehrlich konnte konnt kann moglich sincero sincera sinceramente podia pudiera puedo posible pudiese "
        + "honnete franchement pouvais pouvait peux possible sincere sinceramente pudesse puder posso possivel eerlijk kon kan mogelijk "
        + "so senor claro senhor "
        // "if you ask me, 8", "if I had to pick, 7", "si tuviera que elegir, 6", "als je het mij vraagt, 7", "if anything, 9"
        + "plait ask asked pick choose say want like anything had must "
        + "demandez demandes choisir dire voulez veux devais avis "
        + "preguntas pregunta preguntan elegir escoger decir quieres quiere tuviera tengo "
        + "fragst fragen fragt wahlen sagen musste willst uberhaupt "
        + "perguntar pergunta escolher dizer quer quiser tivesse tiver "
        + "vraagt vraag kiezen zeggen moest moet wilt wil");

    private static readonly FrozenSet<string> AndWords = Set("and et und y e en");

    /// <summary>Words that open a condition in every language that has them ("as soon as": "sobald", "zodra", "en cuanto").</summary>
    private static readonly FrozenSet<string> OpeningIfWords = Set("if once unless provided wenn falls sofern sobald zodra indien mits");

    /// <summary>If-words that are something else in another language: "si" (Portuguese "himself"), "se" (Spanish "himself"), "als" (German "as").</summary>
    private static readonly FrozenDictionary<string, FrozenSet<string>> LocalIfWords = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal)
    {
        ["en"] = Set("as_soon"),
        ["de"] = Set(""),
        ["fr"] = Set("si s'il s'ils des_que"),
        ["es"] = Set("si en_cuanto"),
        ["pt"] = Set("se caso assim_que logo_que"),
        ["nl"] = Set("als"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The number is followed, in the same clause, by an if-word and a condition.</summary>
    public static bool IsOnACondition(IReadOnlyList<ScoreToken> tokens, int last, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = last + 1; i < tokens.Count && i <= last + Reach; i++)
        {
            if (tokens[i].Kind != ScoreTokenKind.Word)
            {
                return false;
            }

            if (!IsIfWord(tokens, i, language) || i + 1 >= tokens.Count || tokens[i + 1].Kind != ScoreTokenKind.Word)
            {
                continue;
            }

            var to = i + 1;
            while (to + 1 < tokens.Count && to + 1 <= i + 4 && tokens[to + 1].Kind == ScoreTokenKind.Word)
            {
                to++;
            }

            return !IsAWayOfSpeaking(tokens, i + 1, to);
        }

        return false;
    }

    /// <summary>
    /// A clause opening with an if-word holds the number back: a clause before the number's in its sentence, the number's
    /// own clause when the condition comes first ("if the engineer turns up maybe 8"), or the clause right after a comma.
    /// </summary>
    public static bool IsInAConditionalSentence(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var (sentenceStart, sentenceEnd) = Sentence(tokens, first, last);
        var (numberStart, numberEnd) = Clause(tokens, first);
        for (var start = sentenceStart; start <= numberStart && start < tokens.Count;)
        {
            var (_, end) = Clause(tokens, start);
            var before = start < numberStart || first - start >= 2;
            if (before && OpensACondition(tokens, start, Math.Min(end, first - 1), language, afterAConjunction: true))
            {
                return true;
            }

            start = end + 2;
        }

        // "4 – wäre 9, wenn die Hotline ...": a condition after the comma holds back the number nearest it, not an earlier
        // one in the same clause (issue 12, twelfth round).
        // "7, si tuvieran parking sería 10", "7, wenn es Parkplätze gäbe, wäre es 10": a condition that goes on to what it
        // "would be" holds back that number, not the one before the comma (issue 12, fourteenth round).
        var after = numberEnd + 2;
        return after <= sentenceEnd && tokens[numberEnd + 1].Text == "," && !AnyIn(tokens, last + 1, numberEnd, IsNumeral)
            && OpensACondition(tokens, after, Clause(tokens, after).End, language, afterAConjunction: false)
            && !(HasPair(tokens, after, sentenceEnd, ScoreDiscourseWords.WouldBe) && AnyIn(tokens, after, sentenceEnd, t => NumberValue(t) is not null));
    }

    // An if-word of the reply's language; with no language known, of any of the six.
    private static bool IsIfWord(IReadOnlyList<ScoreToken> tokens, int at, string language) =>
        OpeningIfWords.Contains(tokens[at].Folded)
        || (LocalIfWords.TryGetValue(language, out var local)
            ? local.Contains(tokens[at].Folded) || HasPairAt(tokens, at, local)
            : IsIfWordOfAnyLanguage(tokens, at));

    // As LocalIfWords.Values.Any(words => ...), in a method of its own (perf18): the lambda's closure over the tokens was
    // made at every call of IsIfWord, whatever the language.
    private static bool IsIfWordOfAnyLanguage(IReadOnlyList<ScoreToken> tokens, int at)
    {
        foreach (var words in LocalIfWords.Values)
        {
            if (words.Contains(tokens[at].Folded) || HasPairAt(tokens, at, words))
            {
                return true;
            }
        }

        return false;
    }

    // "5, but if the app gets fixed, 9": before the number, "but if" still opens a condition; after it, only a bare "if" does.
    private static bool OpensACondition(IReadOnlyList<ScoreToken> tokens, int start, int end, string language, bool afterAConjunction)
    {
        if (afterAConjunction && start < end && (ScoreDiscourseWords.ClauseBreaks.Contains(tokens[start].Folded) || AndWords.Contains(tokens[start].Folded)))
        {
            start++; // "5, but if the app gets fixed, 9", "et si vous..."
        }

        if (!IsIfWord(tokens, start, language) || end <= start)
        {
            return false;
        }

        // "si je pouvais", "if I'm honest", "wenn ich ehrlich bin": a way of speaking, no condition.
        return !IsAWayOfSpeaking(tokens, start + 1, Math.Min(end, start + 4));
    }

    // "if so, 8", "si señor": "so" is a way of speaking only right after the if-word; "wenn der Parkplatz nicht so teuer
    // wäre" is a condition (issue 12, twelfth round).
    private static bool IsAWayOfSpeaking(IReadOnlyList<ScoreToken> tokens, int from, int to)
    {
        for (var i = from; i <= to && i < tokens.Count; i++)
        {
            if (NotACondition.Contains(tokens[i].Folded) && (i == from || tokens[i].Folded != "so"))
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenSet<string> Set(string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);
}
