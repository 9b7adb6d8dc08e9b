using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;

namespace NpsBot.Benchmarks.Language;

/// <summary>The score recognizer per call, on a bare digit, a sentence, and a reply full of numbers that are not the score.</summary>
[MemoryDiagnoser]
public class ScoreRecognizerBenchmarks
{
    private readonly ScoreRecognizer _recognizer = new();

    [Params("8", "I'd say a solid 8", "my order #4521 came 2 weeks late, so 3", "my husband would say 10 but me 7, wait, make that 8")]
    public string Reply { get; set; } = "8";

    [Benchmark]
    public ScoreRecognition Recognize() => _recognizer.Recognize(Reply, "en");
}
