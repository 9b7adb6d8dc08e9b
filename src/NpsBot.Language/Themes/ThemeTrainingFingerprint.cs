namespace NpsBot.Language.Themes;

/// <summary>
/// What a saved theme model was trained from: a SHA-256 of the pipeline's version (<see cref="ThemePipeline.Version"/>),
/// the cue lexicon (<see cref="ThemeCues.Signature"/>) and the base training lines (shipped or <c>Language:TrainingDataPath</c>),
/// kept beside the model as <see cref="FileName"/>. A data folder whose fingerprint is missing or differs (new training lines,
/// new features, an upgrade) gets its model retrained at start-up instead of loading a model the new code was not written for.
/// The people's labels (managers' corrections, customers' confirmations) are not part of it: they are added at every training.
/// </summary>
public static class ThemeTrainingFingerprint
{
    public const string FileName = "themes-model.trained-from";

    public static string Of(IEnumerable<ThemeExample> baseExamples)
    {
        ArgumentNullException.ThrowIfNull(baseExamples);
        return TrainingFingerprint.Of("pipeline " + ThemePipeline.Version + "\ncues " + ThemeCues.Signature + "\n", baseExamples.Select(e => (e.Theme, e.Text)));
    }

    /// <summary>The fingerprint saved beside the model in <paramref name="dataDirectory"/>, or null if there is none.</summary>
    public static string? Read(string dataDirectory) => TrainingFingerprint.Read(Path.Combine(dataDirectory, FileName));

    /// <summary>Written after the model file, so a crash in between leaves a model that is retrained at the next start.</summary>
    public static void Write(string dataDirectory, string fingerprint) => TrainingFingerprint.Write(Path.Combine(dataDirectory, FileName), fingerprint);
}
