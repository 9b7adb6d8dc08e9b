using System.Globalization;
using NpsBot.Conversations.Language;
using NpsBot.Language.Evaluation;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Cli;

/// <summary>
/// <c>evaluate-themes --evaluation DIR [--training PATH]</c>: the theme model's leave-one-batch-out figures
/// (<see cref="ThemeLeaveOneOut"/>), one row per batch, then the mean over the blind batches trained without their lines;
/// <c>--other-sweep</c> adds what "other" as a low-confidence fallback would give; <c>--only</c> measures the named batches
/// alone (a quicker look; the mean is then theirs). The calibration temperature that fits the left-out blind predictions
/// best is printed beside the shipped one.
/// </summary>
public sealed class EvaluateThemesVerb(LanguageOptions options)
{
    /// <summary>Prints the table; with <paramref name="otherSweep"/>, also the macro-F1 when every answer below a confidence becomes "other".</summary>
    public Task<int> RunAsync(string evaluationFolder, TextWriter output, bool otherSweep, CancellationToken cancellationToken, IReadOnlyCollection<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        return Task.Run(
            () =>
            {
                var training = TrainingData.LoadWithBatches(options.TrainingDataPaths);
                var figures = ThemeLeaveOneOut.Run(training, evaluationFolder, message => output.WriteLine("# " + message), only is null ? null : only.Contains);
                output.WriteLine("| batch | lines | macro-F1, all lines | macro-F1, without its lines (left out) | " + string.Join(" | ", ThemeCues.Themes) + " |");
                output.WriteLine("|---|---|---|---|" + string.Concat(ThemeCues.Themes.Select(_ => "---|")));
                foreach (var f in figures)
                {
                    var perTheme = ThemeCues.Themes.Select(t => f.LeftOut.F1.TryGetValue(t, out var v) ? Invariant($"{v:F3}") : "-");
                    output.WriteLine(Invariant($"| {f.Batch} | {f.Lines} | {(f.All is null ? "-" : Invariant($"{f.All.MacroF1:F3}"))} | {f.LeftOut.MacroF1:F3} ({f.TrainedWithout} lines out) | {string.Join(" | ", perTheme)} |"));
                }

                var blind = figures.Where(f => f.Batch.StartsWith("blind-", StringComparison.Ordinal) || f.Batch.StartsWith("complaints-blind", StringComparison.Ordinal)).ToList();
                if (blind.Count > 0)
                {
                    output.WriteLine(Invariant($"Leave-one-out mean over {blind.Count} blind files: macro-F1 {blind.Average(f => f.LeftOut.MacroF1):F3}, worst {blind.Min(f => f.LeftOut.MacroF1):F3} (all lines: {blind.Average(f => f.All?.MacroF1 ?? double.NaN):F3}, tuned-on)"));
                    var ask = ThemeAskShare.Of(blind.SelectMany(f => f.LeftOutPredictions));
                    output.WriteLine(Invariant($"Asked below {ThemeResult.DefaultAskBelow} (Survey:ThemeAskBelow): {ask.AskedShare:P1} of {ask.Complaints} left-out blind complaints; the themes kept above it right {ask.KeptAccuracy:P1} ({ask.KeptRight} of {ask.Kept})"));
                    var fit = ThemeCalibration.FitTemperature([.. blind.SelectMany(f => f.LeftOutProbabilities)]);
                    output.WriteLine(Invariant($"Calibration on the left-out blind complaints: log-loss {fit.LogLossNow:F3} at the shipped T = {ThemeCalibration.Temperature}, {fit.LogLoss:F3} at the best T = {fit.Temperature}, which would ask {ThemeAskShare.Of(blind.SelectMany(f => f.LeftOutProbabilities), fit.Temperature).AskedShare:P1}"));
                }

                if (otherSweep)
                {
                    foreach (var below in SweepPoints)
                    {
                        var perBatch = figures.Select(f => ThemeEvaluation.From([.. f.LeftOutPredictions.Select(p => (p.Expected, p.Predicted.Confidence < below ? ThemeCatalog.FallbackTheme : p.Predicted.Theme))]).MacroF1).ToList();
                        output.WriteLine(Invariant($"sweep other-below {below}: {string.Join(" ", perBatch.Select(v => v.ToString("F3", CultureInfo.InvariantCulture)))} mean-blind {figures.Zip(perBatch).Where(z => blind.Contains(z.First)).Average(z => z.Second):F3}"));
                    }
                }

                return 0;
            },
            cancellationToken);
    }

    private static readonly double[] SweepPoints = [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
