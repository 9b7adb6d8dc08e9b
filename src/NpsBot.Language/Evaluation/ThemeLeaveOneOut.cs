using NpsBot.Conversations.Language;
using NpsBot.Language.Themes;

namespace NpsBot.Language.Evaluation;

/// <summary>One evaluation batch measured twice: with the model trained on every line (tuned-on where lines were
/// written from its misses, and for every retired batch, whose own lines are among them) and with a model trained without
/// any line derived from it (<see cref="LeftOut"/>; <see cref="All"/> is null when only some batches were measured, to spare
/// training the full model); <see cref="LeftOutProbabilities"/> are that model's uncalibrated
/// probabilities with the index of the expected theme, for <see cref="ThemeCalibration.FitTemperature"/>.</summary>
public sealed record ThemeBatchFigures(
    string Batch,
    int Lines,
    int TrainedWithout,
    ThemeEvaluation? All,
    ThemeEvaluation LeftOut,
    IReadOnlyList<(string Expected, ThemeResult Predicted)> LeftOutPredictions,
    IReadOnlyList<(IReadOnlyList<float> Probabilities, int Expected)> LeftOutProbabilities);

/// <summary>
/// Leave-one-batch-out: for each evaluation batch, the theme model trained without the training lines written from that
/// batch (their "# from batches:" comment, <see cref="TrainingData.ParseWithBatches"/>) and measured on it. A change to the
/// features or the trainer is then judged on batches no line was written for; the full model's figure on a batch that lines
/// were written from is tuned-on. A retired batch's own complaints (<c>training/themes/retired/</c>) name that batch too, so
/// they leave with it: each blind batch is measured on the training lines and every other retired batch. The kept-back
/// batches (<c>kept-back-*</c>) are never read here.
/// </summary>
public static class ThemeLeaveOneOut
{
    /// <summary>The batches: every <c>blind-*</c> complaint file, <c>complaints-blind.tsv</c>, and the held-out
    /// <c>sectors-*</c> and <c>themes12d-*</c> sets; named by folder (the name the training comments use).</summary>
    public static IReadOnlyList<(string Name, string Path)> Batches(string evaluationFolder)
    {
        ArgumentNullException.ThrowIfNull(evaluationFolder);
        var batches = new List<(string, string)>();
        foreach (var pattern in new[] { "blind-*", "sectors-*", "themes12d-*" })
        {
            foreach (var folder in Directory.GetDirectories(evaluationFolder, pattern).Order(StringComparer.Ordinal))
            {
                batches.AddRange(Directory.GetFiles(folder, "complaints*.tsv").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(folder), f)));
            }
        }

        var blind = Path.Combine(evaluationFolder, "complaints-blind.tsv");
        if (File.Exists(blind))
        {
            batches.Add(("complaints-blind", blind));
        }

        return batches;
    }

    public static IReadOnlyList<ThemeBatchFigures> Run(
        IReadOnlyList<(ThemeExample Example, IReadOnlySet<string> FromBatches)> training,
        string evaluationFolder,
        Action<string>? progress = null,
        Func<string, bool>? measured = null)
    {
        ArgumentNullException.ThrowIfNull(training);
        var models = new Dictionary<int, ThemeModel>();
        ThemeModel ModelWithout(string batch, out int without)
        {
            var kept = training.Where(t => !t.FromBatches.Contains(batch)).Select(t => t.Example).ToList();
            without = training.Count - kept.Count;
            if (!models.TryGetValue(without == 0 ? 0 : HashOf(kept), out var model))
            {
                progress?.Invoke($"training without {without} lines written from {batch}");
                model = ThemeModel.Train(kept);
                models[without == 0 ? 0 : HashOf(kept)] = model;
            }

            return model;
        }

        var all = measured is null ? ModelWithout("", out _) : null;
        var figures = new List<ThemeBatchFigures>();
        foreach (var (name, path) in Batches(evaluationFolder).Where(b => measured?.Invoke(b.Name) ?? true))
        {
            var cases = EvaluationSets.ReadAnyComplaints(path);
            var leftOut = ModelWithout(name, out var without);
            var predictions = cases.Select(c => (c.Theme, leftOut.Predict(c.Text))).ToList();
            figures.Add(new ThemeBatchFigures(
                name + "/" + Path.GetFileNameWithoutExtension(path),
                cases.Count,
                without,
                all is null ? null : ThemeEvaluation.From([.. cases.Select(c => (c.Theme, all.Predict(c.Text).Theme))]),
                ThemeEvaluation.From([.. predictions.Select(p => (p.Theme, p.Item2.Theme))]),
                predictions,
                [.. cases.Where(c => leftOut.Themes.Contains(c.Theme))
                    .Select(c => ((IReadOnlyList<float>)leftOut.RawProbabilities(c.Text), leftOut.Themes.ToList().IndexOf(c.Theme)))]));
        }

        return figures;
    }

    private static int HashOf(IReadOnlyList<ThemeExample> examples)
    {
        var hash = new HashCode();
        foreach (var example in examples)
        {
            hash.Add(example.Text);
        }

        return hash.ToHashCode();
    }
}
