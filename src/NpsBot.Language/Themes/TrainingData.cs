namespace NpsBot.Language.Themes;

/// <summary>Reads labelled complaints from "theme&lt;TAB&gt;text" files: the shipped training/themes/*.tsv or files given by the operator.</summary>
public static class TrainingData
{
    public static IReadOnlyList<ThemeExample> Shipped() =>
        [.. EmbeddedResources.Names("training.").SelectMany(name => Parse(EmbeddedResources.ReadText(name)))];

    public static IReadOnlyList<ThemeExample> Load(IEnumerable<string>? paths)
    {
        var files = paths?.SelectMany(Expand).ToList() ?? [];
        return files.Count == 0 ? Shipped() : [.. files.SelectMany(f => Parse(File.ReadAllText(f)))];
    }

    public static IEnumerable<ThemeExample> Parse(string tsv)
    {
        ArgumentNullException.ThrowIfNull(tsv);
        foreach (var line in tsv.Split('\n'))
        {
            var trimmed = line.TrimEnd('\r');
            var tab = trimmed.IndexOf('\t', StringComparison.Ordinal);
            if (trimmed.StartsWith('#') || tab <= 0 || tab == trimmed.Length - 1)
            {
                continue;
            }

            yield return new ThemeExample(trimmed[(tab + 1)..].Trim(), trimmed[..tab].Trim());
        }
    }

    /// <summary>
    /// The lines of "theme&lt;TAB&gt;text" files with the evaluation batches each was written from (<see cref="BatchMarkedLines"/>),
    /// so a batch can be measured on a model trained without any line derived from it (<see cref="Evaluation.ThemeLeaveOneOut"/>).
    /// </summary>
    public static IReadOnlyList<(ThemeExample Example, IReadOnlySet<string> FromBatches)> LoadWithBatches(IEnumerable<string>? paths)
    {
        var files = paths?.SelectMany(Expand).Select(File.ReadAllText).ToList() ?? [];
        var texts = files.Count > 0 ? files : [.. EmbeddedResources.Names("training.").Select(EmbeddedResources.ReadText)];
        return [.. texts.SelectMany(ParseWithBatches)];
    }

    public static IEnumerable<(ThemeExample Example, IReadOnlySet<string> FromBatches)> ParseWithBatches(string tsv) =>
        BatchMarkedLines.Parse(tsv, line => Parse(line).FirstOrDefault());

    /// <summary>The shipped resources of the retired blind batches (<c>training/themes/retired/</c>), one per batch.</summary>
    public const string RetiredPrefix = "training.retired.";

    /// <summary>A folder's files and those of its sub-folders (<c>retired/</c>), so a folder given on the command line trains
    /// on what the shipped build does.</summary>
    private static IEnumerable<string> Expand(string path) =>
        Directory.Exists(path) ? Directory.EnumerateFiles(path, "*.tsv", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [path];
}
