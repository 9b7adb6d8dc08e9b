namespace NpsBot.Language;

/// <summary>
/// Training files whose lines carry the evaluation batches they were written from (or copied from): a comment
/// "# from batches: NAME NAME…" (or "-") names them for the lines below it, so leave-one-batch-out can train a model
/// without any line derived from the batch it measures. Shared by the theme lines (training/themes) and the escalation
/// lines (training/escalation).
/// </summary>
public static class BatchMarkedLines
{
    public const string Marker = "# from batches:";

    /// <summary>Each line that <paramref name="parse"/> reads (null: skipped), with the batches of the last marker above it.</summary>
    public static IEnumerable<(T Item, IReadOnlySet<string> FromBatches)> Parse<T>(string tsv, Func<string, T?> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(tsv);
        ArgumentNullException.ThrowIfNull(parse);
        IReadOnlySet<string> from = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith(Marker, StringComparison.Ordinal))
            {
                from = line[Marker.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Where(b => b != "-").ToHashSet(StringComparer.Ordinal);
                continue;
            }

            if (!line.StartsWith('#') && parse(line) is { } item)
            {
                yield return (item, from);
            }
        }
    }
}
