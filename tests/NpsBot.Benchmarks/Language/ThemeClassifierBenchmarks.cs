using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Themes;

namespace NpsBot.Benchmarks.Language;

/// <summary>The offline theme classifier per call (one English complaint; five in the other languages), and its start-up: loading the saved model.</summary>
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

    // One complaint in each of the other languages, classified in turn (the figure is for all five).
    private static readonly string[] OtherLanguages =
    [
        "Le livreur était très impoli et le colis est arrivé ouvert",
        "Die Rechnung war doppelt so hoch wie im Angebot",
        "La aplicación se cierra cada vez que intento pagar",
        "O atendimento no telefone demorou mais de uma hora",
        "De kwaliteit van de stof is slecht, na één wasbeurt kapot",
    ];

    [Benchmark]
    public ThemeResult Classify() => _model.Predict("My parcel arrived two weeks late and the box was crushed");

    [Benchmark]
    public ThemeResult ClassifyFiveOtherLanguages()
    {
        ThemeResult last = null!;
        foreach (var complaint in OtherLanguages)
        {
            last = _model.Predict(complaint);
        }

        return last;
    }

    [Benchmark]
    public ThemeModel LoadModel() => ThemeModel.Load(_modelPath);
}
