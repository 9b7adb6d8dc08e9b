using System.Diagnostics;
using System.Globalization;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Cli;

/// <summary>
/// <c>train-themes</c>: retrains the offline theme model from the shipped data plus the themes people gave stored
/// complaints (managers' corrections, customers' confirmations) and saves it in the data folder.
/// </summary>
public sealed class TrainThemesVerb(LanguageOptions options)
{
    public Task<int> RunAsync(TextWriter output, IEnumerable<(string Text, string Theme)> corrections, CancellationToken cancellationToken) =>
        RunAsync(output, corrections, [], cancellationToken);

    public async Task<int> RunAsync(
        TextWriter output, IEnumerable<(string Text, string Theme)> corrections, IEnumerable<ReviewedTheme> reviewed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(reviewed);
        var list = corrections.ToList();
        var stored = reviewed.ToList();
        var clock = Stopwatch.StartNew();
        var examples = list.Concat(stored.Select(r => (r.Text, r.Theme))).ToList();
        var model = await ThemeModel.TrainAsync(options.DataDirectory, options.TrainingDataPaths, examples, cancellationToken);
        var path = Path.Combine(options.DataDirectory, ThemeModel.FileName);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Trained the theme model ({string.Join(", ", model.Themes)}) with {examples.Count} corrections in {clock.Elapsed.TotalSeconds:F1} s: {path}"));
        var bySource = stored.CountBy(r => r.Source, StringComparer.Ordinal).OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Value} {s.Key}"));
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Stored examples: {stored.Count} ({string.Join(", ", bySource.DefaultIfEmpty("none"))}); a manager's correction wins over the customer's confirmation. Model {model.Version}"));
        return 0;
    }
}
