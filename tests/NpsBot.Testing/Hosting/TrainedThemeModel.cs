using NpsBot.Language.Themes;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The theme model trained once per test run and copied into each test server's fresh data folder, so a server start
/// loads it (as a restarted server does) instead of training it again (as only a first start does).
/// </summary>
public static class TrainedThemeModel
{
    private static readonly Lazy<Task<string>> Trained = new(TrainAsync);

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

    private static async Task<string> TrainAsync()
    {
        var directory = Directory.CreateTempSubdirectory("npsbot-theme-model-").FullName;
        await ThemeModel.LoadOrTrainAsync(directory, null, [], CancellationToken.None);
        return Path.Combine(directory, ThemeModel.FileName);
    }
}
