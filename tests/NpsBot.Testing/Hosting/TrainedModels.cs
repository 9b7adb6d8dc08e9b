using NpsBot.Language.EscalationRecall;
using NpsBot.Language.Themes;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The theme model and the escalation model, trained once per machine for the current training lines and code, and
/// copied into each test server's fresh data folder, so a server start loads them (as a restarted server does) instead
/// of training them again (as only a first start does). Training takes about half a minute of a 2-core machine for the
/// theme model and about 13 s of CPU for the escalation model (once per process that starts a server: every test
/// project with servers, every server binary a test starts), and the test projects run in separate processes (one
/// after another in CI, side by side when a developer runs two), so each is kept in the temporary folder (trained by
/// one of them, any other waiting on its lock file) under a name made of its training lines' fingerprint and the
/// language assembly's build: new lines or new code make a new model, never a stale one.
/// </summary>
public static class TrainedModels
{
    private static readonly Lazy<Task<string>> Themes = new(() => TrainOrReuseAsync(
        "theme",
        ThemeTrainingFingerprint.Of(TrainingData.Load(null)),
        ThemeModel.FileName,
        directory => ThemeTrainingFingerprint.Read(directory),
        directory => ThemeModel.LoadOrTrainAsync(directory, null, [], CancellationToken.None)));

    private static readonly Lazy<Task<string>> Escalation = new(() => TrainOrReuseAsync(
        "escalation",
        EscalationModelStore.Fingerprint(EscalationTrainingData.Shipped()),
        EscalationModelStore.FileName,
        directory => NpsBot.Language.TrainingFingerprint.Read(Path.Combine(directory, EscalationModelStore.FingerprintFileName)),
        directory => Task.Run(() => EscalationModelStore.LoadOrTrain(directory, EscalationTrainingData.Shipped()))));

    /// <summary>
    /// The theme model trained from the shipped lines, loaded from the shared folder (trained there first when no test
    /// process has yet): for tests that use the model rather than test its training (the language tests link this file).
    /// </summary>
    public static ThemeModel LoadThemeModel() =>
        ThemeModel.Load(Path.Combine(Themes.Value.GetAwaiter().GetResult(), ThemeModel.FileName));

    /// <summary>Puts both trained models, each with what it was trained from, into <paramref name="dataDirectory"/>.</summary>
    public static void CopyInto(string dataDirectory)
    {
        // Both trained at once the first time (the theme model takes longer).
        var themes = Themes.Value;
        var escalation = Escalation.Value;
        Directory.CreateDirectory(dataDirectory);

        // Each with what it was trained from: without it the server would train the model again at start-up.
        Copy(themes.GetAwaiter().GetResult(), dataDirectory, ThemeModel.FileName, ThemeTrainingFingerprint.FileName);
        Copy(escalation.GetAwaiter().GetResult(), dataDirectory, EscalationModelStore.FileName, EscalationModelStore.FingerprintFileName);
    }

    private static void Copy(string shared, string dataDirectory, params string[] files)
    {
        foreach (var file in files)
        {
            File.Copy(Path.Combine(shared, file), Path.Combine(dataDirectory, file), overwrite: true);
        }
    }

    private static async Task<string> TrainOrReuseAsync(
        string kind, string fingerprint, string modelFile, Func<string, string?> readFingerprint, Func<string, Task> train)
    {
        var build = typeof(ThemeModel).Assembly.ManifestModule.ModuleVersionId.ToString("N");
        var shared = Path.Combine(Path.GetTempPath(), $"npsbot-test-{kind}-model-{fingerprint[..16]}-{build[..16]}");
        if (File.Exists(Path.Combine(shared, modelFile)) && readFingerprint(shared) == fingerprint)
        {
            return shared;
        }

        // Test projects may run side by side (a developer running two; CI runs them one after another): the first process
        // to need a model trains it while the others wait for it on a lock file, instead of each training its own copy.
        using var trainer = await LockAsync(shared + ".lock");
        if (File.Exists(Path.Combine(shared, modelFile)) && readFingerprint(shared) == fingerprint)
        {
            return shared;
        }

        // Trained in a folder of its own, then moved into place whole, so another test process never reads half a model.
        var directory = Directory.CreateTempSubdirectory($"npsbot-{kind}-model-").FullName;
        await train(directory);
        try
        {
            Directory.Move(directory, shared);
            return shared;
        }
        catch (IOException)
        {
            // Another test process moved its model there first: this one is as good.
            return directory;
        }
    }

    // An exclusive lock across processes: the file held open with no sharing, released when the holder disposes it or
    // exits. Polled, since a file lock has no wait of its own.
    private static async Task<FileStream> LockAsync(string path)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
        }
    }
}
