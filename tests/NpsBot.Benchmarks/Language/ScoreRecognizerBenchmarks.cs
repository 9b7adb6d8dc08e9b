using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// The score recognizer per call, on replies of several kinds: a bare digit, a sentence, a reply full of numbers that are
/// not the score, a score corrected, a score in words, a half, and replies in the other five languages.
/// </summary>
[MemoryDiagnoser]
public class ScoreRecognizerBenchmarks
{
    private readonly ScoreRecognizer _recognizer = new();

    public static IEnumerable<Said> Replies =>
    [
        new("en", "8"),
        new("en", "I'd say a solid 8"),
        new("en", "my order #4521 came 2 weeks late, so 3"),
        new("en", "my husband would say 10 but me 7, wait, make that 8"),
        new("en", "seven and a half, maybe"),
        new("fr", "je dirais huit sur dix"),
        new("de", "eher eine 6, die Lieferung kam zu spät"),
        new("es", "un nueve, el repartidor fue muy amable"),
        new("pt", "nota dez"),
        new("nl", "een zeven, de bezorger was op tijd"),
    ];

    [ParamsSource(nameof(Replies))]
    public Said Reply { get; set; } = new("en", "8");

    [Benchmark]
    public ScoreRecognition Recognize() => _recognizer.Recognize(Reply.Text, Reply.Locale);
}
