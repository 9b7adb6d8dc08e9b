using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Sentiment;

namespace NpsBot.Benchmarks.Language;

/// <summary>Sentiment and escalation per call (the escalation classifier runs inside the analyzer), on a plain and an escalating complaint.</summary>
[MemoryDiagnoser]
public class SentimentAnalyzerBenchmarks
{
    private readonly SentimentAnalyzer _analyzer = new();

    [Params("The parcel came two days late.", "My mum is 88 and your driver scratched our front door, I want a manager to call me back today!!")]
    public string Complaint { get; set; } = "";

    /// <summary>Builds what the first call builds (the cues' expressions and, since escmodel14, the escalation model), so the measured calls are steady-state ones.</summary>
    [GlobalSetup]
    public void WarmUp() => _analyzer.Analyze("warm-up complaint", "en");

    [Benchmark]
    public SentimentResult Analyze() => _analyzer.Analyze(Complaint, "en");
}
