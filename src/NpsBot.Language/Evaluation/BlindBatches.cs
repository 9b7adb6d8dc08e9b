namespace NpsBot.Language.Evaluation;

/// <summary>One frozen blind batch: a score file and/or a complaint file from a <c>blind-*</c> folder.</summary>
public sealed record BlindBatch(string Name, string? ScoresPath, string? ComplaintsPath);

/// <summary>
/// Finds every blind batch under an evaluation folder: each <c>blind-*</c> sub-folder, and in it each
/// <c>scores-X.tsv</c>/<c>complaints-X.tsv</c> pair (or a lone file), named <c>folder/X</c>, in name order. A batch frozen
/// later is picked up without any change here.
/// </summary>
public static class BlindBatches
{
    public static IReadOnlyList<BlindBatch> Discover(string evaluationFolder)
    {
        ArgumentNullException.ThrowIfNull(evaluationFolder);
        if (!Directory.Exists(evaluationFolder))
        {
            return [];
        }

        var batches = new List<BlindBatch>();
        foreach (var folder in Directory.GetDirectories(evaluationFolder, "blind-*").Order(StringComparer.Ordinal))
        {
            var suffixes = Directory.GetFiles(folder, "*.tsv")
                .Select(Path.GetFileNameWithoutExtension)
                .OfType<string>()
                .Select(Suffix)
                .OfType<string>()
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (var suffix in suffixes)
            {
                var scores = Path.Combine(folder, Name("scores", suffix));
                var complaints = Path.Combine(folder, Name("complaints", suffix));
                batches.Add(new BlindBatch(
                    $"{Path.GetFileName(folder)}/{(suffix.Length == 0 ? "all" : suffix)}",
                    File.Exists(scores) ? scores : null,
                    File.Exists(complaints) ? complaints : null));
            }
        }

        return batches;
    }

    private static string Name(string kind, string suffix) => suffix.Length == 0 ? $"{kind}.tsv" : $"{kind}-{suffix}.tsv";

    private static string? Suffix(string fileName)
    {
        foreach (var kind in new[] { "scores", "complaints" })
        {
            if (fileName == kind)
            {
                return "";
            }

            if (fileName.StartsWith(kind + "-", StringComparison.Ordinal))
            {
                return fileName[(kind.Length + 1)..];
            }
        }

        return null;
    }
}
