using NpsBot.Language.Themes;
using NpsBot.Testing.Hosting;

namespace NpsBot.Language.Tests.Themes;

/// <summary>
/// One model trained from the shipped data, shared by the tests that only read it. Training it takes about a minute of a
/// core, so it is the one every test project shares (<see cref="TrainedModels"/>, linked from the test kit: trained once per
/// machine for the current lines and code, then loaded); the tests of the training itself train their own.
/// </summary>
public static class TrainedModel
{
    private static readonly Lazy<ThemeModel> Model = new(TrainedModels.LoadThemeModel);

    public static ThemeModel Instance => Model.Value;

    /// <summary>Writes every eighth shipped example to a file: enough to train a small model quickly in tests that save and load.</summary>
    public static string WriteSmallTrainingFile(string directory)
    {
        var path = Path.Combine(directory, "small.tsv");
        File.WriteAllLines(path, TrainingData.Shipped().Where((_, i) => i % 8 == 0).Select(e => e.Theme + "\t" + e.Text));
        return path;
    }
}
