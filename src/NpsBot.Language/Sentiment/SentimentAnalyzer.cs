using System.Text.RegularExpressions;
using NpsBot.Conversations.Language;
using NpsBot.Language.Escalation;
using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Text;

namespace NpsBot.Language.Sentiment;

/// <summary>
/// Lexicon sentiment in the manner of VADER (negation flips the next words, intensifiers and "!" amplify, the sum is squashed
/// into -1..1), plus the escalation reasons of <see cref="EscalationClassifier"/>.
/// </summary>
public sealed partial class SentimentAnalyzer(SentimentLexicon lexicon) : ISentimentAnalyzer
{
    private const double NegationFactor = -0.74;
    private const double IntensifierFactor = 1.3;

    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "nunca", "ni", "jamas", "nada", "ne", "pas", "jamais", "nicht", "kein", "keine", "keinen", "nie", "niemals", "nao", "nem", "niet", "geen", "nooit",
    };

    private static readonly HashSet<string> Intensifiers = new(StringComparer.Ordinal)
    {
        "very", "really", "so", "extremely", "totally", "super", "absolutely", "incredibly", "muy", "realmente", "tan", "tres", "vraiment", "sehr", "echt", "wirklich", "total", "muito", "bem", "heel", "erg", "zeer", "enorm",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegatorWords = Negators.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IntensifierWords = Intensifiers.GetAlternateLookup<ReadOnlySpan<char>>();

    public SentimentAnalyzer()
        : this(SentimentLexicon.Shipped)
    {
    }

    [GeneratedRegex(@"[\p{L}']+")]
    private static partial Regex Word();

    public SentimentResult Analyze(string text, string? locale)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = TextFolding.Fold(text);
        var sentiment = Score(text, folded);
        // The cues first; the escalation model only when none fired (EscalationRecallLayer): the cues' reasons stand. The
        // cues read the text folded here (perf17: they folded it again).
        var reasons = EscalationRecallLayer.Decide(text, EscalationClassifier.Read(text, folded, sentiment));
        return new SentimentResult(sentiment, reasons.Count > 0, reasons);
    }

    /// <summary>
    /// The words of the folded text read in place (perf17: no match objects, no word strings, the sets and the lexicon
    /// looked up by span); the original's words are read alongside, only as far as a word with a valence, to tell whether
    /// that word is shouted (the i-th word of the original, as before). The same words in the same order as
    /// <c>Word().Matches</c>, so the same sum.
    /// </summary>
    private double Score(string original, string folded)
    {
        var originalWords = Word().EnumerateMatches(original);
        var originalAt = -1;
        var sum = 0.0;
        var negatedFor = 0;
        var intensify = 1.0;
        var i = -1;
        foreach (var match in Word().EnumerateMatches(folded))
        {
            i++;
            var word = folded.AsSpan(match.Index, match.Length);
            if (NegatorWords.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                negatedFor = 3;
                continue;
            }

            if (IntensifierWords.Contains(word))
            {
                intensify = IntensifierFactor;
                continue;
            }

            double valence = lexicon.Valence(word);
            while (valence != 0 && originalAt < i && originalWords.MoveNext())
            {
                originalAt++;
            }

            if (valence != 0 && originalAt == i && IsShouted(original.AsSpan(originalWords.Current.Index, originalWords.Current.Length)))
            {
                valence *= IntensifierFactor;
            }

            valence *= intensify * (negatedFor > 0 ? NegationFactor : 1);
            sum += valence;
            intensify = 1.0;
            negatedFor = Math.Max(0, negatedFor - 1);
        }

        var exclamations = Math.Min(3, original.AsSpan().Count('!'));
        sum += Math.Sign(sum) * exclamations * 0.3;
        return sum / Math.Sqrt((sum * sum) + 15);
    }

    private static bool IsShouted(ReadOnlySpan<char> word)
    {
        if (word.Length < 3)
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }
}
