using System.Collections.Frozen;
using static NpsBot.Language.Scores.ScoreSpans;

namespace NpsBot.Language.Scores;

/// <summary>
/// Numbers that are not given now: other people's scores, what it "would be", a "meant to" thought, a "never" clause
/// and questions about the scale ("what does 5 mean?").
/// </summary>
internal static class ScoreNotGiven
{
    private const int RoleReach = 6;
    private const int GlossReach = 8;
    private static readonly FrozenSet<string> Possessives = WordSet("my mon ma mes mein meine meinem meiner meinen mi mis meu minha meus minhas mijn m'n");

    // Third persons giving or saying a score ("my flatmate gives", "a patroa deu", "mon coloc vous met").
    private static readonly FrozenSet<string> OthersGiving = WordSet(
        "gives gave says said puts rates met mettrait donne dit gibt gab sagt vergibt pone puso dio dice dijo deu diz disse poe geeft gaf zegt zei");

    // "I haven't tried it", "j'ai pas testé", "ni lo usé", "eu nem usei", "ich kenne euch nicht", "ik heb nog niks besteld".
    private static readonly FrozenSet<string> TriedVerbs = WordSet(
        "tried try tested test used use ordered order bought buy teste testee essaye utilise commande achete probado probe use usado pedido comprado "
        + "testado usei experimentei experimentado comprei pedi probiert benutzt genutzt bestellt gekauft getestet kenne geprobeerd gebruikt besteld gekocht");

    private static readonly FrozenSet<string> NotYet = WordSet("haven't havent hasn't didn't didnt rien nada nichts niks niets nothing nem nunca");

    private static readonly HashSet<string> EnglishQuestionStarts = ["what", "whats", "does", "is", "which", "how"];

    private static readonly FrozenSet<string> TrailingNo = WordSet("no nao non nein nee niet not");

    /// <summary>"10 não", "un diez no", "10 nee": a "no" closing the number's clause refuses it (issue 12, tenth round).</summary>
    internal static bool IsRefusedAfter(IReadOnlyList<ScoreToken> tokens, int last) =>
        last + 1 < tokens.Count && tokens[last + 1].Kind == ScoreTokenKind.Word && TrailingNo.Contains(tokens[last + 1].Folded)
        && (last + 2 >= tokens.Count || (tokens[last + 2].Kind == ScoreTokenKind.Symbol && tokens[last + 2].Text is "." or "!" or "," or ";" or "…"));

    private const int RefusalReach = 5;

    // "un 10 ni en sueños", "un 10, vous rêvez", "a 10, in your dreams", "eine 10, träum weiter", "10 nem em sonho", "een 10
    // zit er niet in", "no way", "ni hablar", "keine Chance", "geen sprake van": an idiom right after the number refuses it
    // (issue 12, fourteenth round). "un rêve" and "a dream" are praise and not listed.
    private static readonly FrozenSet<string> RefusalIdioms = WordSet(
        "revez reves revent sonando sonhando en_suenos em_sonho em_sonhos your_dreams dream_on traum_weiter traumt_weiter traumen_sie "
        + "droom_maar droom_verder no_way ni_hablar ni_loco ni_de nem_pensar keine_chance vergiss_es geen_sprake vergeet_het pas_question");

    /// <summary>
    /// A refusal idiom within a few words after the number, in its sentence; Dutch "zit er (echt) niet in" too, but not "meer
    /// zit er niet in" ("no more than that": the number stands).
    /// </summary>
    internal static bool IsRefusedByAnIdiom(IReadOnlyList<ScoreToken> tokens, int first, int last)
    {
        var end = Math.Min(Sentence(tokens, first, last).End, last + RefusalReach);
        return HasPair(tokens, last + 1, end, RefusalIdioms)
            || (AnyIn(tokens, last + 1, end, t => t.Folded == "zit") && AnyIn(tokens, last + 1, end, t => t.Folded == "niet") && !AnyIn(tokens, last + 1, end, t => t.Folded is "meer" or "hoger"));
    }

    private static readonly FrozenSet<string> WithWords = WordSet("with mit met con com avec");

    /// <summary>
    /// "7, met gratis parkeren een 9", "8, with a better app 10": after a score given, a clause opening with "with" tells
    /// what it would take, it gives no second score (issue 12, tenth round).
    /// </summary>
    internal static bool IsWhatItWouldTake(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var (start, _) = Clause(tokens, first);
        return start > 0 && start < first && WithWords.Contains(tokens[start].Folded) && AnyIn(tokens, 0, start - 1, IsNumeral);
    }

    // "9 - would be 10 but the queue": after a number given, what it "would be" is not given.
    internal static bool IsWouldBeAfterAScore(IReadOnlyList<ScoreToken> tokens, int first)
    {
        for (var i = first - 1; i >= 1 && i >= first - 4; i--)
        {
            var at = ContainsPair(ScoreDiscourseWords.WouldBe, tokens[i - 1].Folded, tokens[i].Folded) ? i - 1 : ScoreDiscourseWords.WouldBe.Contains(tokens[i].Folded) ? i : -1;
            if (at >= 0)
            {
                return AnyIn(tokens, 0, at - 1, IsNumeral);
            }
        }

        return false;
    }

    // "3 perdon, queria poner 4": a "meant to" after an earlier number and a slip owned up to corrects it, it is no thought left unsaid.
    internal static bool CorrectsAnEarlierNumber(IReadOnlyList<ScoreToken> tokens, int first)
    {
        var corrected = false;
        for (var i = first - 1; i >= 0; i--)
        {
            if (IsNumeral(tokens[i]))
            {
                return corrected;
            }

            corrected |= ScoreDiscourseWords.Corrections.Contains(tokens[i].Folded) && !ScoreDiscourseWords.Hypothetical.Contains(tokens[i].Folded);
        }

        return false;
    }

    internal static bool IsNeverClause(IReadOnlyList<ScoreToken> tokens, int first, int last, double value)
    {
        var (start, end) = Clause(tokens, first);
        if (!AnyIn(tokens, start, end, t => ScoreDiscourseWords.Never.Contains(t.Folded)))
        {
            return false;
        }

        if (ScoreAsides.IsVowNeverToReturn(tokens, first, last, end, value))
        {
            return false;
        }

        return AnyIn(tokens, Math.Max(start, first - 2), Math.Min(end, last + 2), t => ScoreDiscourseWords.Never.Contains(t.Folded))
            || AnyIn(tokens, start, end, t => ScoreDiscourseWords.BeVerbs.Contains(t.Folded));
    }

    internal static bool IsOtherPersons(IReadOnlyList<ScoreToken> tokens, int start, int first)
    {
        // "mein Berater würde 10 sagen": the verb may come after the number too.
        var scoreVerb = AnyIn(tokens, first + 1, first + 2, t => ScoreBeneficiaries.IsScoringVerb(t.Folded));
        for (var i = first - 1; i >= start; i--)
        {
            if (ScoreDiscourseWords.FirstPerson.Contains(tokens[i].Folded))
            {
                return false;
            }

            if (ScoreOtherPeople.IsOtherPerson(tokens[i].Folded))
            {
                return true;
            }

            // "mein Chef würde euch ne 10 geben", "la caissière mérite 10": someone at work and a verb of scoring after them.
            scoreVerb |= ScoreBeneficiaries.IsScoringVerb(tokens[i].Folded);
            if (scoreVerb && i >= first - RoleReach && ScoreBeneficiaries.IsRole(tokens[i].Folded))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"my flatmate gives you a 10", "mi compañero de piso les pone un 10": a person of the customer's scoring, no "I" between.</summary>
    internal static bool IsHeldBySomeoneElse(IReadOnlyList<ScoreToken> tokens, int start, int first, string language)
    {
        var giving = false;
        for (var i = first - 1; i >= start; i--)
        {
            var folded = tokens[i].Folded;
            if (ScoreDiscourseWords.FirstPerson.Contains(folded))
            {
                return false;
            }

            giving |= IsOthersGiving(folded, language);
            if (giving && Possessives.Contains(folded))
            {
                return true;
            }
        }

        return false;
    }

    // As AnyIn(tokens, start, end, t => IsOthersGiving(t.Folded, language)) without a closure per call (perf18).
    private static bool AnyOthersGiving(IReadOnlyList<ScoreToken> tokens, int start, int end, string language)
    {
        for (var i = Math.Max(0, start); i <= end && i < tokens.Count; i++)
        {
            if (IsOthersGiving(tokens[i].Folded, language))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "a patroa deu 10, eu nem usei": someone else's score beside the customer saying they have not used it themselves;
    /// the customer has no score to give (re-ask).
    /// </summary>
    internal static bool IsOthersWhileNotUsed(IReadOnlyList<ScoreToken> tokens, int start, int end, string language)
    {
        if (!AnyOthersGiving(tokens, start, end, language) || AnyIn(tokens, start, end, t => ScoreDiscourseWords.FirstPerson.Contains(t.Folded)))
        {
            return false;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if ((i < start || i > end) && TriedVerbs.Contains(tokens[i].Folded))
            {
                var (from, to) = Clause(tokens, i);
                if (AnyIn(tokens, from, to, t => NotYet.Contains(t.Folded) || ScoreContext.IsNegation(t.Folded) || ScoreDiscourseWords.Negations.Contains(t.Folded)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Spanish "da" gives ("les da un 9"); Portuguese "da" is "of the" ("nota da entrega").
    private static bool IsOthersGiving(string folded, string language) => OthersGiving.Contains(folded) || (folded == "da" && language == "es");

    internal static bool IsQuestion(IReadOnlyList<ScoreToken> tokens, int first, int last, string language)
    {
        var (sentenceStart, sentenceLast) = Sentence(tokens, first, last);
        var sentenceEnd = sentenceLast + 1;
        if (HasPair(tokens, sentenceStart, sentenceEnd - 1, ScoreDiscourseWords.MeaningWords) && !IsIMean(tokens, sentenceStart, sentenceEnd - 1))
        {
            return true; // "q significa 10", "what's a 5 mean"
        }

        var words = Window(tokens, sentenceStart, sentenceEnd - 1).Count(t => t.Kind == ScoreTokenKind.Word);
        if (sentenceEnd < tokens.Count && tokens[sentenceEnd].Text == "?" && words >= 2
            && AnyIn(tokens, sentenceStart, sentenceEnd - 1, t => ScoreDiscourseWords.QuestionWords.Contains(t.Folded)))
        {
            return true;
        }

        return language == "en" && words >= 3 && tokens[sentenceStart].Kind == ScoreTokenKind.Word && EnglishQuestionStarts.Contains(tokens[sentenceStart].Folded);
    }

    // "9, I mean 8", "9 quer dizer, 8": a meaning word between two numbers corrects the first, it asks nothing.
    private static bool IsIMean(IReadOnlyList<ScoreToken> tokens, int start, int end)
    {
        for (var i = Math.Max(start, 1); i <= end; i++)
        {
            if (!ScoreDiscourseWords.MeaningWords.Contains(tokens[i].Folded) && !HasPairAt(tokens, i - 1, ScoreDiscourseWords.MeaningWords))
            {
                continue;
            }

            // "neun (German colleague here, means 9)": a number word of another language glossed by the digit (fourteenth round).
            var numberBefore = AnyIn(tokens, i - 4, i - 1, IsNumeral)
                || AnyIn(tokens, Math.Max(start, i - GlossReach), i - 1, t => t.Kind == ScoreTokenKind.Word && NumberValue(t) is not null);
            var numberAfter = AnyIn(tokens, i + 1, i + 3, IsNumeral);
            return numberBefore && numberAfter;
        }

        return false;
    }
}
