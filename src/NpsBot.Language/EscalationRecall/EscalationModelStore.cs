using NpsBot.Language.Themes;

namespace NpsBot.Language.EscalationRecall;

/// <summary>
/// The escalation model in the data folder, as the theme model is kept (<see cref="ThemeTrainingFingerprint"/>): saved as
/// <see cref="FileName"/> beside a SHA-256 of what it was trained from (<see cref="FingerprintFileName"/>: the model's and
/// the featurizer's versions and every training line), so a restart loads it instead of training again (seconds of CPU),
/// and an upgrade that changed the lines or the features trains it again.
/// </summary>
public static class EscalationModelStore
{
    public const string FileName = "escalation-model.zip";

    public const string FingerprintFileName = "escalation-model.trained-from";

    /// <summary>The saved model when its fingerprint matches <paramref name="examples"/>; otherwise one trained from them and saved.</summary>
    public static EscalationModel LoadOrTrain(string dataDirectory, IReadOnlyList<EscalationExample> examples)
    {
        ArgumentNullException.ThrowIfNull(dataDirectory);
        var fingerprint = Fingerprint(examples);
        var path = Path.Combine(dataDirectory, FileName);
        var saved = Path.Combine(dataDirectory, FingerprintFileName);
        if (File.Exists(path) && TrainingFingerprint.Read(saved) == fingerprint)
        {
            return EscalationModel.Load(path, [.. examples.Select(e => e.Text)]);
        }

        var model = EscalationModel.Train(examples);
        Save(dataDirectory, model, fingerprint);
        return model;
    }

    /// <summary>Saves <paramref name="model"/>, then its fingerprint: a crash in between leaves a model trained again at the next start.</summary>
    public static void Save(string dataDirectory, EscalationModel model, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(dataDirectory);
        model.Save(Path.Combine(dataDirectory, FileName));
        TrainingFingerprint.Write(Path.Combine(dataDirectory, FingerprintFileName), fingerprint);
    }

    public static string Fingerprint(IEnumerable<EscalationExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return TrainingFingerprint.Of("model " + EscalationModel.Version + "\npipeline " + ThemePipeline.Version + "\n", examples.Select(e => (e.Reason, e.Text)));
    }
}
