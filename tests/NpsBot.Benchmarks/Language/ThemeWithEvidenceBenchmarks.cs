using BenchmarkDotNet.Attributes;
using NpsBot.Language.Themes;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// The theme and its evidence words, as <see cref="OfflineThemeClassifier"/> asks for them, over the evidence benchmark's six
/// complaints: the complaint's cue features computed again by the evidence (the baseline) or handed over from the prediction.
/// </summary>
[MemoryDiagnoser]
public class ThemeWithEvidenceBenchmarks
{
    private ThemeModel _model = null!;

    [GlobalSetup]
    public void Setup() => _model = ThemeModel.Train(TrainingData.Shipped());

    [Benchmark(Baseline = true)]
    public int CuesComputedTwice()
    {
        var found = 0;
        foreach (var complaint in ThemeEvidenceBenchmarks.Complaints)
        {
            var result = _model.Predict(complaint);
            found += ThemeEvidence.For(_model, complaint, result)?.Length ?? 0;
        }

        return found;
    }

    [Benchmark]
    public int CuesHandedOver()
    {
        var found = 0;
        foreach (var complaint in ThemeEvidenceBenchmarks.Complaints)
        {
            var input = ThemeInput.For(complaint);
            var result = _model.Predict(input, out var modelProbability);
            found += ThemeEvidence.For(_model, complaint, result.Theme, input.Cues, modelProbability)?.Length ?? 0;
        }

        return found;
    }
}
