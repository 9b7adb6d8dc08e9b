using System.Collections.Frozen;
using NpsBot.Conversations.Language;

namespace NpsBot.Language.Scores;

/// <summary>
/// The offline score recognizer: digits, number words in six languages, "8/10", keycap emojis and small typos; numbers that
/// are clearly something else are ignored, and anything unclear is reported (ambiguous, out of range, none), never guessed.
/// </summary>
public sealed class ScoreRecognizer : IScoreRecognizer
{
    private const int ShortReplyWords = 4;
    private const int AsideReplyWords = 6;

    public ScoreRecognition Recognize(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        return BareScore(text) ?? RecognizeByTheRules(text, locale);
    }

    /// <summary>
    /// The reply read by every rule, without <see cref="BareScore"/>'s shortcut: what <see cref="Recognize"/> answers for
    /// any reply (<c>ScoreBareReplyTests</c> compares both on every bare score in every language the rules know).
    /// </summary>
    public static ScoreRecognition RecognizeByTheRules(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ScoreTokenizer.Tokenize(text);
        var candidates = Usable(ScoreDiscourse.Apply(CandidateExtractor.Extract(tokens, locale), tokens, locale), tokens);
        if (candidates.Count == 0)
        {
            // "⭐⭐⭐": a rating on another scale with no number; the re-ask says which scale is ours.
            return IsStarsOnly(text) ? new ScoreRecognition(ScoreStatus.Ambiguous, null, 0, text.Length, false, true) : ScoreRecognition.None;
        }

        // Loops rather than LINQ (perf17): the same lists, the same first matches, the same count of distinct values.
        var inRange = new List<ScoreCandidate>(candidates.Count);
        ScoreCandidate? unclear = null;
        ScoreCandidate? smallOutOfRange = null;
        foreach (var candidate in candidates)
        {
            if (candidate.InRange)
            {
                inRange.Add(candidate);
                unclear ??= !candidate.IsWhole || candidate.OtherScale || candidate.OpenRange || candidate.Unclear ? candidate : null;
            }
            else if (Math.Abs(candidate.Value) < 100)
            {
                smallOutOfRange ??= candidate;
            }
        }

        if (unclear is not null)
        {
            return Ambiguous(unclear);
        }

        var distinct = DistinctValues(inRange);
        if (distinct > 1 || (distinct == 1 && smallOutOfRange is not null))
        {
            return Ambiguous(inRange[0]);
        }

        if (distinct == 1)
        {
            var chosen = inRange[0];
            return ScoreRecognition.Of((int)chosen.Value, chosen.Start, chosen.Length, FromWords(chosen, tokens));
        }

        var outOfRange = smallOutOfRange ?? candidates[0];
        return new ScoreRecognition(ScoreStatus.OutOfRange, null, outOfRange.Start, outOfRange.Length, outOfRange.FromWord);
    }

    /// <summary>
    /// A reply that is only a whole score, "0" to "10" in ASCII digits with nothing but spaces, tabs and line breaks
    /// around it, is that score (perf17: most replies are one, and the rules cost 1.5 µs on it, 2.4× the start).
    /// The rules' answer on such a reply: the tokenizer makes one number token of it (the spaces are no token), no rule
    /// drops or marks a lone in-range number with no neighbour in any language, and the span is the digits; the same as
    /// <see cref="RecognizeByTheRules"/> on each of the eleven, which the tests check for every locale the rules read.
    /// </summary>
    private static ScoreRecognition? BareScore(string text)
    {
        var span = text.AsSpan();
        var start = 0;
        while (start < span.Length && span[start] is ' ' or '\t' or '\r' or '\n')
        {
            start++;
        }

        var end = span.Length;
        while (end > start && span[end - 1] is ' ' or '\t' or '\r' or '\n')
        {
            end--;
        }

        return (end - start, end - start > 0 ? span[start] : '\0', end - start > 1 ? span[start + 1] : '\0') switch
        {
            (1, >= '0' and <= '9', _) => ScoreRecognition.Of(span[start] - '0', start, 1),
            (2, '1', '0') => ScoreRecognition.Of(10, start, 2),
            _ => null,
        };
    }

    // As inRange.Select(c => c.Value).Distinct().Count(): the values compared with double's own equality.
    private static int DistinctValues(List<ScoreCandidate> candidates)
    {
        var distinct = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var seen = false;
            for (var j = 0; j < i && !seen; j++)
            {
                seen = candidates[j].Value.Equals(candidates[i].Value);
            }

            distinct += seen ? 0 : 1;
        }

        return distinct;
    }

    private static List<ScoreCandidate> Usable(List<ScoreCandidate> all, IReadOnlyList<ScoreToken> tokens)
    {
        // A negated number ("not a 10") is never the answer; alone, it leaves nothing to record. Loops rather than LINQ (perf17).
        var candidates = new List<ScoreCandidate>(all.Count);
        var strong = new List<ScoreCandidate>(all.Count);
        foreach (var candidate in all)
        {
            if (!candidate.Negated)
            {
                candidates.Add(candidate);
                if (!candidate.Weak)
                {
                    strong.Add(candidate);
                }
            }
        }

        if (strong.Count > 0)
        {
            return strong;
        }

        var words = tokens.Count(t => t.Kind == ScoreTokenKind.Word);
        return candidates.Where(c => c.Article ? words == 1 || StandsAlone(c, tokens) || IsOnlyOne(c, tokens, words) || IsOneWithAnAside(c, tokens, words) : words <= ShortReplyWords).ToList();
    }

    // "só um", "just one", "nur eins": a lone "one" after "only" is the whole answer (issue 12, eleventh round).
    private static bool IsOnlyOne(ScoreCandidate candidate, IReadOnlyList<ScoreToken> tokens, int words) =>
        words == 2 && tokens[0].Kind == ScoreTokenKind.Word && OnlyWords.Contains(tokens[0].Folded) && tokens[1].Start == candidate.Start;

    // "une, franchement", "uma só, e já é muito": a lone "one" opening a short reply, then a comma or "only" and a pause,
    // is the answer with an aside after it (issue 12, twelfth round); "un seul colis" goes on to a noun and is not.
    private static bool IsOneWithAnAside(ScoreCandidate candidate, IReadOnlyList<ScoreToken> tokens, int words) =>
        words <= AsideReplyWords && tokens.Count >= 2 && tokens[0].Start == candidate.Start
        && (tokens[1].Text == ","
            || (tokens[1].Kind == ScoreTokenKind.Word && LoneWords.Contains(tokens[1].Folded) && (tokens.Count == 2 || tokens[2].Kind == ScoreTokenKind.Symbol))
            || IsGrudging(tokens));

    // "um e olhe lá", "un et encore", "uno y gracias", "een en dan nog": "one, and even that is generous" (issue 12, fourteenth
    // round); "um e meio" is a half and never gets here.
    private static bool IsGrudging(IReadOnlyList<ScoreToken> tokens) =>
        tokens.Count >= 3 && AndWords.Contains(tokens[1].Folded) && GrudgingWords.Contains(tokens[2].Folded);

    private static readonly FrozenSet<string> AndWords = FrozenSet.ToFrozenSet(["and", "et", "und", "y", "e", "en"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> GrudgingWords = FrozenSet.ToFrozenSet(
        ["olhe", "olha", "ja", "encore", "gracias", "even", "that's", "thats", "das", "dan", "nog", "selbst", "sogar", "aun", "ainda"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> LoneWords = FrozenSet.ToFrozenSet(
        ["only", "seul", "seule", "nur", "solo", "sola", "so", "sozinho", "alleen", "enkel"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> OnlyWords = FrozenSet.ToFrozenSet(
        ["only", "just", "seulement", "juste", "nur", "bloss", "solo", "solamente", "so", "apenas", "somente", "maar", "slechts", "alleen"], StringComparer.Ordinal);

    // "un. la cata totale": an article-number that is a whole first sentence on its own is the answer.
    private static bool StandsAlone(ScoreCandidate candidate, IReadOnlyList<ScoreToken> tokens) =>
        tokens.Count >= 2 && tokens[0].Start == candidate.Start && tokens[1].Text is "." or "!" or "…";

    private static bool IsStarsOnly(string text) =>
        text.Any(c => c is '⭐' or '★' or '☆') && text.All(c => c is '⭐' or '★' or '☆' or '\uFE0F' || char.IsWhiteSpace(c));

    private static ScoreRecognition Ambiguous(ScoreCandidate candidate) =>
        new(ScoreStatus.Ambiguous, null, candidate.Start, candidate.Length, candidate.FromWord, candidate.OtherScale);

    // A score read from words (or from a sentence around a number) is read back to the customer; a bare "8" or "8/10" is not.
    private static bool FromWords(ScoreCandidate chosen, IReadOnlyList<ScoreToken> tokens) =>
        chosen.FromWord || tokens.Any(t => t.Kind == ScoreTokenKind.Word && (t.Start < chosen.Start || t.End > chosen.Start + chosen.Length));
}
