using Microsoft.ML;
using Microsoft.ML.Data;
using NpsBot.Conversations.Language;

namespace NpsBot.Language.Themes;

/// <summary>
/// The trained offline theme classifier. <c>LoadOrTrainAsync</c> loads the model from the data folder, or trains it
/// there from the shipped data plus managers' corrections; <c>TrainAsync</c> retrains on demand.
/// </summary>
public sealed class ThemeModel
{
    public const string FileName = "themes-model.zip";
    public const string Source = "offline";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<ThemeInput, ThemePrediction> _engine;
    private readonly string[] _labels;
    private readonly Lock _gate = new();
    private string? _version;

    private ThemeModel(MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<ThemeInput, ThemePrediction>(model);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        _engine.OutputSchema[nameof(ThemePrediction.Score)].GetSlotNames(ref names);
        _labels = [.. names.DenseValues().Select(n => n.ToString())];
    }

    /// <summary>"offline@" and a hash of the model file: which model labelled a complaint (theme governance).</summary>
    public string Version => _version ??= ComputeVersion();

    public IReadOnlyList<string> Themes => _labels;

    /// <summary>
    /// Loads the saved model when it was trained from the same base training lines and pipeline
    /// (<see cref="ThemeTrainingFingerprint"/>); otherwise (no model, no fingerprint, new lines, new features) trains it
    /// again with <paramref name="corrections"/> and saves it.
    /// </summary>
    public static Task<ThemeModel> LoadOrTrainAsync(
        string dataDirectory, IEnumerable<string>? trainingDataPaths, IEnumerable<(string Text, string Theme)>? corrections, CancellationToken cancellationToken = default) =>
        LoadCurrentOrTrainAsync(dataDirectory, trainingDataPaths, _ => Task.FromResult(corrections ?? []), cancellationToken);

    /// <summary>As above; <paramref name="corrections"/> is only read when the model has to be trained.</summary>
    public static async Task<ThemeModel> LoadCurrentOrTrainAsync(
        string dataDirectory,
        IEnumerable<string>? trainingDataPaths,
        Func<CancellationToken, Task<IEnumerable<(string Text, string Theme)>>> corrections,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        ArgumentNullException.ThrowIfNull(corrections);
        var baseExamples = TrainingData.Load(trainingDataPaths);
        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path) && ThemeTrainingFingerprint.Read(dataDirectory) == ThemeTrainingFingerprint.Of(baseExamples))
        {
            return Load(path);
        }

        return await TrainAndSaveAsync(dataDirectory, baseExamples, await corrections(cancellationToken), cancellationToken);
    }

    public static Task<ThemeModel> TrainAsync(
        string dataDirectory, IEnumerable<string>? trainingDataPaths, IEnumerable<(string Text, string Theme)>? corrections, CancellationToken cancellationToken = default) =>
        TrainAndSaveAsync(dataDirectory, TrainingData.Load(trainingDataPaths), corrections, cancellationToken);

    /// <summary>Trains on the base lines plus the corrections, saves the model and, after it, the base lines' fingerprint.</summary>
    private static Task<ThemeModel> TrainAndSaveAsync(
        string dataDirectory, IReadOnlyList<ThemeExample> baseExamples, IEnumerable<(string Text, string Theme)>? corrections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var examples = baseExamples
            .Concat(corrections?.Select(c => new ThemeExample(c.Text, c.Theme)) ?? [])
            .ToList();
        return Task.Run(
            () =>
            {
                var model = Train(examples);
                model.Save(dataDirectory);
                ThemeTrainingFingerprint.Write(dataDirectory, ThemeTrainingFingerprint.Of(baseExamples));
                return model;
            },
            cancellationToken);
    }

    public static ThemeModel Train(IEnumerable<ThemeExample> examples)
    {
        var ml = new MLContext(ThemePipeline.Seed);
        var data = ml.Data.LoadFromEnumerable(ThemeInput.Balanced(ThemeAugmentation.WithDropoutCopies(examples)));
        return new ThemeModel(ml, ThemePipeline.Create(ml).Fit(data), data.Schema);
    }

    public static ThemeModel Load(string path)
    {
        var ml = new MLContext(ThemePipeline.Seed);
        using var stream = File.OpenRead(path);
        var model = ml.Model.Load(stream, out var inputSchema);
        return new ThemeModel(ml, model, inputSchema) { _version = FileVersion(path) };
    }

    public ThemeResult Predict(string complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return Predict(ThemeInput.For(complaint));
    }

    /// <summary>As above, for an input whose cue features are already computed (<see cref="OfflineThemeClassifier"/> reuses them).</summary>
    public ThemeResult Predict(ThemeInput input) => Predict(input, out _);

    /// <summary>
    /// As above, with the model's own (uncalibrated) probability for the theme it chose: the result's confidence is
    /// calibrated, so it is not the baseline a variant's probability (<see cref="Probabilities"/>) can be compared with
    /// (<see cref="ThemeEvidence"/>).
    /// </summary>
    public ThemeResult Predict(ThemeInput input, out double modelProbability)
    {
        ArgumentNullException.ThrowIfNull(input);
        ThemePrediction prediction;
        lock (_gate)
        {
            prediction = _engine.Predict(input);
        }

        // Calibrated (ThemeCalibration): the confidence is what the survey compares with Survey:ThemeAskBelow.
        var ranked = ThemeCalibration.Apply(prediction.Score).Select((p, i) => (Index: i, Probability: p)).OrderByDescending(x => x.Probability).ToList();
        var secondary = ranked.Count > 1 && ranked[1].Probability >= 0.2 ? _labels[ranked[1].Index] : null;
        modelProbability = prediction.Score[ranked[0].Index];
        return new ThemeResult(_labels[ranked[0].Index], Math.Round(ranked[0].Probability, 4), secondary, Source);
    }

    /// <summary>The model's uncalibrated probabilities for a text, in the order of <see cref="Themes"/>: what
    /// <see cref="ThemeCalibration.FitTemperature"/> is fitted on.</summary>
    public float[] RawProbabilities(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            return [.. _engine.Predict(ThemeInput.For(text)).Score];
        }
    }

    /// <summary>The probability the model gives <paramref name="theme"/> for a text (0 for a theme it does not know).</summary>
    public double Probability(string text, string theme)
    {
        ArgumentNullException.ThrowIfNull(text);
        var index = Array.IndexOf(_labels, theme);
        if (index < 0)
        {
            return 0;
        }

        lock (_gate)
        {
            return _engine.Predict(ThemeInput.For(text)).Score[index];
        }
    }

    /// <summary>
    /// The probability the model gives <paramref name="theme"/> for each input, its cue features taken as given (0 for a
    /// theme it does not know): <see cref="ThemeEvidence"/> predicts its variants of one complaint in one call.
    /// </summary>
    public double[] Probabilities(IReadOnlyList<ThemeInput> inputs, string theme)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var probabilities = new double[inputs.Count];
        var index = Array.IndexOf(_labels, theme);
        if (index < 0)
        {
            return probabilities;
        }

        var prediction = new ThemePrediction();
        lock (_gate)
        {
            for (var i = 0; i < inputs.Count; i++)
            {
                _engine.Predict(inputs[i], ref prediction);
                probabilities[i] = prediction.Score[index];
            }
        }

        return probabilities;
    }

    /// <summary>Saves the model as <see cref="FileName"/> in the data folder (written aside, then moved over the old one).</summary>
    public void Save(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, FileName);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            _ml.Model.Save(_model, _inputSchema, stream);
        }

        File.Move(temporary, path, overwrite: true);
        _version = FileVersion(path);
    }

    private static string FileVersion(string path) => ThemeEvidence.Version(Source, File.ReadAllBytes(path));

    private string ComputeVersion()
    {
        using var stream = new MemoryStream();
        lock (_gate)
        {
            _ml.Model.Save(_model, _inputSchema, stream);
        }

        return ThemeEvidence.Version(Source, stream.ToArray());
    }
}
