using NpsBot.Language.Themes;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The theme model trained once per machine for the current training lines and code, and copied into each test
/// server's fresh data folder, so a server start loads it (as a restarted server does) instead of training it again (as
/// only a first start does). Training takes about half a minute of a 2-core machine and the test projects run in
/// separate processes, one after another, so it is kept in the temporary folder under a name made of the training
/// lines' fingerprint and the language assembly's build: new lines or new code make a new model, never a stale one.
/// </summary>
public static class TrainedThemeModel
{
    private static readonly Lazy<Task<string>> Trained = new(TrainOrReuseAsync);

    /// <summary>Puts the trained model into <paramref name="dataDirectory"/>.</summary>
    public static void CopyInto(string dataDirectory)
    {
        var model = Trained.Value.GetAwaiter().GetResult();
        Directory.CreateDirectory(dataDirectory);
        File.Copy(model, Path.Combine(dataDirectory, ThemeModel.FileName), overwrite: true);

        // With what it was trained from: without it the server would train the model again at start-up.
        var fingerprint = Path.Combine(Path.GetDirectoryName(model)!, ThemeTrainingFingerprint.FileName);
        File.Copy(fingerprint, Path.Combine(dataDirectory, ThemeTrainingFingerprint.FileName), overwrite: true);
    }

    private static async Task<string> TrainOrReuseAsync()
    {
        var fingerprint = ThemeTrainingFingerprint.Of(TrainingData.Load(null));
        var build = typeof(ThemeModel).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var shared = Path.Combine(Path.GetTempPath(), $"npsbot-test-theme-model-{fingerprint[..16]}-{build[..16]}");
        if (File.Exists(Path.Combine(shared, ThemeModel.FileName)) && ThemeTrainingFingerprint.Read(shared) == fingerprint)
        {
            return Path.Combine(shared, ThemeModel.FileName);
        }

        // Trained in a folder of its own, then moved into place whole, so another test process never reads half a model.
        var directory = Directory.CreateTempSubdirectory("npsbot-theme-model-").FullName;
        await ThemeModel.LoadOrTrainAsync(directory, null, [], CancellationToken.None);
        try
        {
            Directory.Move(directory, shared);
            return Path.Combine(shared, ThemeModel.FileName);
        }
        catch (IOException)
        {
            // Another test process moved its model there first: this one is as good.
            return Path.Combine(directory, ThemeModel.FileName);
        }
    }
}
