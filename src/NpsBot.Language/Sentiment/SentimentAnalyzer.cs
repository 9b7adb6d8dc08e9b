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
        // The cues first; the escalation model only when none fired (EscalationRecallLayer): the cues' reasons stand.
        var reasons = EscalationRecallLayer.Decide(text, EscalationClassifier.Read(text, sentiment));
        return new SentimentResult(sentiment, reasons.Count > 0, reasons);
    }

    private double Score(string original, string folded)
    {
        var originalWords = Word().Matches(original);
        var words = Word().Matches(folded);
        var sum = 0.0;
        var negatedFor = 0;
        var intensify = 1.0;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            if (Negators.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal))
            {
                negatedFor = 3;
                continue;
            }

            if (Intensifiers.Contains(word))
            {
                intensify = IntensifierFactor;
                continue;
            }

            double valence = lexicon.Valence(word);
            if (valence != 0 && i < originalWords.Count && IsShouted(originalWords[i].Value))
            {
                valence *= IntensifierFactor;
            }

            valence *= intensify * (negatedFor > 0 ? NegationFactor : 1);
            sum += valence;
            intensify = 1.0;
            negatedFor = Math.Max(0, negatedFor - 1);
        }

        var exclamations = Math.Min(3, original.Count(c => c == '!'));
        sum += Math.Sign(sum) * exclamations * 0.3;
        return sum / Math.Sqrt((sum * sum) + 15);
    }

    private static bool IsShouted(string word) => word.Length >= 3 && word.All(char.IsUpper);
}
