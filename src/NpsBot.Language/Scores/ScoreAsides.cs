namespace NpsBot.Language.Scores;

/// <summary>
/// Numbers said in passing beside a score (issue 12, eighth round): SMS spellings ("2 many", "4 my refund", "c 1 bon"),
/// the minutes of a clock time ("8 Uhr 15"), a part of a count ("2 of my 6 emails"), a word that repeats a number that was
/// no score ("6 weeks. SIX."), and a vow never to come back after a low score ("0 never banking with you again").
/// </summary>
public static class ScoreAsides
{
    private static readonly HashSet<string> SmsFollowers =
        ["u", "you", "ur", "your", "me", "the", "all", "sure", "real", "much", "late", "ever", "b", "c", "nite", "night", "day", "morrow", "get", "be", "see", "go",
         "my", "mine", "many", "long", "slow", "soon", "early", "far", "busy", "hard", "expensive", "small", "little", "big"];

    // SMS "2" for "too": before these it reads "too many", "too slow" even when it opens the reply ("2 many emails").
    private static readonly HashSet<string> TooFollowers = ["many", "much", "long", "slow", "late", "early", "expensive", "busy"];

    // Words after which a number is the minutes of a clock time ("8 Uhr 15", "9 uur 30", "10 h 20").
    private static readonly HashSet<string> HourWords = ["uhr", "uur", "h", "heures", "heure", "horas", "hrs"];

    // "of" words and the determiners after them that make the number a part of a count ("2 of my 6", "3 de mes 5", "2 von den 4").
    private static readonly HashSet<string> OfWords = ["of", "de", "von", "van", "dos", "das", "des", "del"];
    private static readonly HashSet<string> OfTheWords = ["das", "dos", "des", "del", "der"];
    private static readonly HashSet<string> CountDeterminers =
        ["my", "our", "your", "his", "her", "their", "the", "those", "mes", "nos", "vos", "ses", "les", "ces", "mis", "sus", "tus", "los", "las",
         "meus", "minhas", "seus", "suas", "os", "as", "meinen", "meiner", "unseren", "den", "de", "mijn", "onze", "zijn", "haar"];

    // Words beside "never" that make it a vow not to come back: "0 never banking with you again", "1 – nie wieder", "0 nunca más".
    private static readonly HashSet<string> AgainWords = ["again", "anymore", "more", "mas", "plus", "wieder", "mehr", "mais", "meer"];

    // A low score given with a vow never to return is the score; a high one beside "never" stays a refusal ("un 10 nunca").
    private const int HighestVowScore = 6;

    /// <summary>An SMS spelling in the reply's language: English "2"/"4" for "to"/"too"/"for", French "2" for "de" and "1" for "un".</summary>
    public static bool IsSmsSpelling(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate, string language)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(candidate);
        return (language == "en" && IsSmsWord(tokens, first, last, candidate))
            || (language == "fr" && (IsFrenchSmsDe(tokens, first, last, candidate) || IsFrenchSmsUn(tokens, first, candidate)));
    }

    /// <summary>"um 8 Uhr 15": a number right after an hour word is the minutes.</summary>
    public static bool IsMinutes(IReadOnlyList<ScoreToken> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return tokens[first].Kind == ScoreTokenKind.Number && first > 0 && tokens[first - 1].Kind == ScoreTokenKind.Word && HourWords.Contains(tokens[first - 1].Folded);
    }

    /// <summary>
    /// "2 of my 6 emails", "3 de mes 5 colis", "2 van de 3 dozen", "2 das 3 caixas": a number, "of", a determiner (or a word
    /// that is both, "das", "der") and another number (not 10, "8 of the 10" reads as a score). Both numbers count things.
    /// </summary>
    public static bool IsPartOfACount(IReadOnlyList<ScoreToken> tokens, int last)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return WholeAfter(tokens, last) is { } whole && tokens[whole] is { Kind: ScoreTokenKind.Number, Value: not 10 };
    }

    /// <summary>The whole in "2 of the 3 boxes", "2 das 3 caixas" (issue 12, eleventh round): the number after the part.</summary>
    public static bool IsWholeOfACount(IReadOnlyList<ScoreToken> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var part = first - 3; part <= first - 2; part++)
        {
            if (part >= 0 && tokens[part].Kind == ScoreTokenKind.Number && WholeAfter(tokens, part) == first && tokens[first].Value is not 10)
            {
                return true;
            }
        }

        return false;
    }

    private const int AsideReach = 4;

    /// <summary>The "(" of the brackets <paramref name="first"/> stands in when they open right after a word ("mon fils (17)", "(she's 80)").</summary>
    public static int? AsideBracket(IReadOnlyList<ScoreToken> tokens, int first)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var at = first - 1; at >= 1 && at >= first - AsideReach; at--)
        {
            if (tokens[at].IsSymbol(')'))
            {
                return null;
            }

            if (tokens[at].IsSymbol('('))
            {
                return tokens[at - 1].Kind == ScoreTokenKind.Word ? at : null;
            }
        }

        return null;
    }

    private static int? WholeAfter(IReadOnlyList<ScoreToken> tokens, int last) =>
        last + 3 < tokens.Count && OfWords.Contains(tokens[last + 1].Folded) && CountDeterminers.Contains(tokens[last + 2].Folded) ? last + 3
        : last + 2 < tokens.Count && OfTheWords.Contains(tokens[last + 1].Folded) && tokens[last + 2].Kind == ScoreTokenKind.Number ? last + 2
        : null;

    /// <summary>
    /// A number word alone in its sentence that repeats an earlier number found to be no score ("it's been 6 weeks. SIX."):
    /// the earlier digit was dropped here (<paramref name="dropped"/>) or was never a candidate (not among <paramref name="candidates"/>).
    /// </summary>
    public static bool IsEchoOfDropped(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate, IReadOnlyCollection<int> dropped, IReadOnlyList<ScoreCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(dropped);
        ArgumentNullException.ThrowIfNull(candidates);
        static bool SentenceEdge(IReadOnlyList<ScoreToken> tokens, int at) =>
            at < 0 || at >= tokens.Count || tokens[at].Text is "." or "!" or "?" or "…";
        if (!candidate.FromWord || first == 0 || !SentenceEdge(tokens, first - 1) || !SentenceEdge(tokens, last + 1))
        {
            return false;
        }

        for (var i = 0; i < first; i++)
        {
            if (tokens[i] is { Kind: ScoreTokenKind.Number } earlier && earlier.Value == candidate.Value
                && (dropped.Contains(earlier.Start) || !candidates.Any(c => c.Start == earlier.Start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"0 never banking with you again": a low score before a "never … again" is the score, not a refusal.</summary>
    public static bool IsVowNeverToReturn(IReadOnlyList<ScoreToken> tokens, int first, int last, int end, double value)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (value > HighestVowScore)
        {
            return false;
        }

        var neverBefore = false;
        for (var i = 0; i < first; i++)
        {
            neverBefore |= ScoreDiscourseWords.Never.Contains(tokens[i].Folded);
        }

        var neverAfter = false;
        var againAfter = false;
        // one past the clause: "0 nunca mas" ends its clause at "mas", the Portuguese "but"
        for (var i = last + 1; i <= end + 1 && i < tokens.Count; i++)
        {
            neverAfter |= ScoreDiscourseWords.Never.Contains(tokens[i].Folded);
            againAfter |= AgainWords.Contains(tokens[i].Folded);
        }

        return !neverBefore && neverAfter && againAfter;
    }

    // French SMS "2" for "de": "je vous recommande 2 ouf", "plein 2 trucs", and "2 ouf" on its own.
    private static bool IsFrenchSmsDe(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate) =>
        !candidate.FromWord
        && candidate.Value == 2
        && last + 1 < tokens.Count && tokens[last + 1] is { Kind: ScoreTokenKind.Word } next
        && ScoreDiscourseWords.FrenchSmsFollowers.Contains(next.Folded)
        && ((first > 0 && tokens[first - 1].Kind == ScoreTokenKind.Word) || next.Folded is "ouf" or "ouff" or "oufff" or "fou" or "malade" or "dingue");

    // SMS "4" for "for" and "2" for "to": inside a sentence, before a word that reads on ("thx 4 asking", "2 late").
    private static bool IsSmsWord(IReadOnlyList<ScoreToken> tokens, int first, int last, ScoreCandidate candidate) =>
        !candidate.FromWord
        && candidate.Value is 2 or 4
        && last + 1 < tokens.Count && tokens[last + 1] is { Kind: ScoreTokenKind.Word } next
        && ((first > 0 && tokens[first - 1].Kind == ScoreTokenKind.Word && (next.Folded.EndsWith("ing", StringComparison.Ordinal) || SmsFollowers.Contains(next.Folded)))
            || (candidate.Value == 2 && TooFollowers.Contains(next.Folded)));

    // French SMS "c 1" for "c'est un" ("c 1 bon service, 8"): the digit is the article.
    private static bool IsFrenchSmsUn(IReadOnlyList<ScoreToken> tokens, int first, ScoreCandidate candidate) =>
        !candidate.FromWord && candidate.Value == 1 && first > 0 && tokens[first - 1].Folded is "c" or "ct" or "cé"
        && first + 1 < tokens.Count && tokens[first + 1].Kind == ScoreTokenKind.Word;
}
