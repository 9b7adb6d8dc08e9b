using BenchmarkDotNet.Attributes;
using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Sentiment;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// The escalation model layer's own cost per call (<see cref="EscalationRecallLayer.Decide(string, IReadOnlyList{string})"/>,
/// out of the live decision since 3 December but measured for when it returns), on the same complaints as
/// <see cref="SentimentAnalyzerBenchmarks"/>, with the cue reasons the analyzer gives each one (the layer does not run the
/// model on a complaint the cues already escalate).
/// </summary>
[MemoryDiagnoser]
public class EscalationRecallLayerBenchmarks
{
    private IReadOnlyList<string> _cueReasons = [];

    public static IEnumerable<Said> Complaints => SentimentAnalyzerBenchmarks.Complaints;

    [ParamsSource(nameof(Complaints))]
    public Said Complaint { get; set; } = new("en", "");

    /// <summary>Trains the shipped model (the first call does) and reads the complaint's cue reasons once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _cueReasons = new SentimentAnalyzer().Analyze(Complaint.Text, Complaint.Locale).Reasons;
        EscalationRecallLayer.Decide("warm-up complaint", []);
    }

    [Benchmark]
    public IReadOnlyList<string> Decide() => EscalationRecallLayer.Decide(Complaint.Text, _cueReasons);
}
