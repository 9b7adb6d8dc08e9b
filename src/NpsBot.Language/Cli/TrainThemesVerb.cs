using System.Diagnostics;
using System.Globalization;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Cli;

/// <summary><c>train-themes</c>: retrains the offline theme model from the shipped data plus managers' corrections and saves it in the data folder.</summary>
public sealed class TrainThemesVerb(LanguageOptions options)
{
    public async Task<int> RunAsync(TextWriter output, IEnumerable<(string Text, string Theme)> corrections, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        var list = corrections.ToList();
        var clock = Stopwatch.StartNew();
        var model = await ThemeModel.TrainAsync(options.DataDirectory, options.TrainingDataPaths, list, cancellationToken);
        var path = Path.Combine(options.DataDirectory, ThemeModel.FileName);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Trained the theme model ({string.Join(", ", model.Themes)}) with {list.Count} corrections in {clock.Elapsed.TotalSeconds:F1} s: {path}"));
        return 0;
    }
}
