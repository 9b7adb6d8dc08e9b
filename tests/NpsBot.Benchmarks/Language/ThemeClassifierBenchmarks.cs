using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Themes;

namespace NpsBot.Benchmarks.Language;

/// <summary>The offline theme classifier per call, and its start-up: loading the saved model.</summary>
[MemoryDiagnoser]
public class ThemeClassifierBenchmarks
{
    private string _directory = "";
    private string _modelPath = "";
    private ThemeModel _model = null!;

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("npsbot-bench-").FullName;
        _model = ThemeModel.TrainAsync(_directory, null, null).GetAwaiter().GetResult();
        _modelPath = Path.Combine(_directory, ThemeModel.FileName);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark]
    public ThemeResult Classify() => _model.Predict("My parcel arrived two weeks late and the box was crushed");

    [Benchmark]
    public ThemeModel LoadModel() => ThemeModel.Load(_modelPath);
}
