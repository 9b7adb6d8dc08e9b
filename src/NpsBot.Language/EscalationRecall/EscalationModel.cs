using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NpsBot.Language.Themes;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// A statistical reading of escalation, beside the cues: one maximum-entropy classifier over "none" and the nine reasons,
/// featurized as the theme model is (<see cref="ThemePipeline"/>: word unigrams+bigrams with character 3-grams, TF-IDF,
/// case and accents folded), so a wording the cue lists lack can still carry the reason through the words around it.
/// The probability of escalating is one minus the probability of "none"; the reason is the likeliest of the nine.
/// Trained from the shipped lines (<see cref="EscalationTrainingData"/>) and saved in the data folder, where a restart
/// loads it (<see cref="EscalationModelStore"/>).
/// </summary>
public sealed class EscalationModel
{
    public const string NoEscalation = "none";

    private const int Seed = 20261203;

    /// <summary>Changes whenever the features or the trainer change, so a saved model made by other code is trained again.</summary>
    public const string Version = "2026-12-03-escmodel15";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<EscalationModelInput, EscalationModelPrediction> _engine;
    private readonly string[] _labels;
    private readonly int _none;
    private readonly Lock _gate = new();
    private readonly Lazy<EscalationModelBound?> _bound;

    private EscalationModel(MLContext ml, ITransformer model, DataViewSchema inputSchema, IReadOnlyList<string>? trainedOn)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<EscalationModelInput, EscalationModelPrediction>(model);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        _engine.OutputSchema[nameof(EscalationModelPrediction.Score)].GetSlotNames(ref names);
        _labels = [.. names.DenseValues().Select(n => n.ToString())];
        _none = Array.IndexOf(_labels, NoEscalation);
        // Built on first need (the start-up warm-up asks first), from a context of its own: ML.NET's context is not shared across threads.
        _bound = new(() => trainedOn is null ? null : EscalationModelBound.TryCreate(new MLContext(Seed), model, inputSchema, trainedOn, _none));
    }

    public static EscalationModel Train(IEnumerable<EscalationExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var lines = examples.ToList();
        var ml = new MLContext(Seed);
        var data = ml.Data.LoadFromEnumerable(lines.Select(e => new EscalationModelInput { Text = e.Text, Label = e.Reason }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(EscalationModelInput.Label))
            .Append(ml.Transforms.Text.FeaturizeText("Features", ThemePipeline.Featurizer(words: true, charNgrams: 3), nameof(EscalationModelInput.Text)))
            .Append(ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                L1Regularization = 0,
                L2Regularization = 0.01f,
                OptimizationTolerance = 1e-4f,
                NumberOfThreads = 1,
            }));
        return new EscalationModel(ml, pipeline.Fit(data), data.Schema, [.. lines.Select(e => e.Text)]);
    }

    /// <summary>
    /// The model saved at <paramref name="path"/>; <paramref name="trainedOn"/>, the texts it was trained on in their order
    /// (known when its fingerprint matched them), lets <see cref="MayReach"/> skip ML.NET for complaints far below the gate.
    /// </summary>
    public static EscalationModel Load(string path, IReadOnlyList<string>? trainedOn = null)
    {
        var ml = new MLContext(Seed);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out var inputSchema);
        return new EscalationModel(ml, model, inputSchema, trainedOn);
    }

    /// <summary>Writes the model to <paramref name="path"/> (aside first, then moved over the old file).</summary>
    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            lock (_gate)
            {
                _ml.Model.Save(_model, _inputSchema, stream);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// False only when <see cref="Predict"/>'s probability is proven below <paramref name="gate"/> without running ML.NET
    /// (<see cref="EscalationModelBound"/>); true when it may reach it, or no bound could be built (then ask <see cref="Predict"/>).
    /// </summary>
    public bool MayReach(string complaint, double gate) => _bound.Value is not { } bound || !bound.CannotReach(complaint, gate);

    /// <summary>
    /// <see cref="MayReach"/> against <paramref name="lowestGate"/>, and, when the bound proves the probability at or above
    /// <paramref name="highestGate"/> and the likeliest reason (<see cref="EscalationModelBound.Judge"/>), that reason:
    /// <see cref="Predict"/> would give it with a probability every gate between the two admits (perf17: the prediction
    /// is then skipped too). Reason null: ask <see cref="Predict"/> when it may reach.
    /// </summary>
    public (bool MayReach, string? ProvenReason) Foresee(string complaint, double lowestGate, double highestGate)
    {
        if (_bound.Value is not { } bound)
        {
            return (true, null);
        }

        var (cannotReach, reason) = bound.Judge(complaint, lowestGate, highestGate);
        return (!cannotReach, reason >= 0 ? _labels[reason] : null);
    }

    /// <summary>The bound behind <see cref="MayReach"/>, built if not yet; null when its slots did not match the model's (then every complaint goes to ML.NET).</summary>
    public EscalationModelBound? Bound => _bound.Value;

    /// <summary>The probability that a person should take over, and the likeliest reason if so.</summary>
    public (double Probability, string Reason) Predict(string complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        float[] scores;
        lock (_gate)
        {
            scores = _engine.Predict(new EscalationModelInput { Text = complaint }).Score;
        }

        var reason = Enumerable.Range(0, scores.Length).Where(i => i != _none).MaxBy(i => scores[i]);
        return (_none < 0 ? 1 : 1 - scores[_none], _labels[reason]);
    }
}
