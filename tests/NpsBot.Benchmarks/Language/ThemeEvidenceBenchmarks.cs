using BenchmarkDotNet.Attributes;
using NpsBot.Conversations.Language;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// The evidence words of a complaint (<see cref="ThemeEvidence.For(ThemeModel, string, string, float[], double)"/>) against the occlusion it replaced (the baseline:
/// one <see cref="ThemeModel.Probability"/> call per left-out word, each computing the variant's cue features again),
/// over the same six complaints of 8 to 24 words in six languages.
/// </summary>
[MemoryDiagnoser]
public class ThemeEvidenceBenchmarks
{
    internal static readonly string[] Complaints =
    [
        "My parcel arrived two weeks late and the box was crushed",
        "I was charged twice on my card and the refund never came back to my account, nobody at the hotline answers the phone",
        "La aplicación se cierra cada vez que intento pagar y el carrito se vacía",
        "Le colis est arrivé ouvert, il manquait la moitié des pièces et le service client ne répond pas",
        "Viel zu teuer für die Qualität, nach zwei Wochen war der Akku kaputt",
        "Fui cobrado duas vezes e o reembolso ainda não chegou, já liguei três vezes para o suporte e ninguém resolve nada",
    ];

    private ThemeModel _model = null!;
    private ThemeResult[] _results = [];
    private double[] _modelProbabilities = [];

    [GlobalSetup]
    public void Setup()
    {
        _model = ThemeModel.Train(TrainingData.Shipped());
        _results = new ThemeResult[Complaints.Length];
        _modelProbabilities = new double[Complaints.Length];
        for (var i = 0; i < Complaints.Length; i++)
        {
            _results[i] = _model.Predict(ThemeInput.For(Complaints[i]), out _modelProbabilities[i]);
        }
    }

    [Benchmark(Baseline = true)]
    public int OneVariantAtATime()
    {
        var found = 0;
        for (var i = 0; i < Complaints.Length; i++)
        {
            found += OneWordAtATimeEvidence.For(_model, Complaints[i], _modelProbabilities[i], _results[i].Theme)?.Length ?? 0;
        }

        return found;
    }

    [Benchmark]
    public int Evidence()
    {
        var found = 0;
        for (var i = 0; i < Complaints.Length; i++)
        {
            found += ThemeEvidence.For(_model, Complaints[i], _results[i].Theme, ThemeCues.Compute(Complaints[i]), _modelProbabilities[i])?.Length ?? 0;
        }

        return found;
    }
}
