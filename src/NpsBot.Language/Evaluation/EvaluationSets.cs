using System.Globalization;
using NpsBot.Language.Scores;

namespace NpsBot.Language.Evaluation;

/// <summary>Reads the tab-separated evaluation sets (lines starting with # are comments).</summary>
public static class EvaluationSets
{
    public static IReadOnlyList<ScoreCase> ReadScores(TextReader reader) =>
        [.. Rows(reader, 4).Select(r => new ScoreCase(r[0], ScoreStatusNames.Parse(r[1]), r[2] == "-" ? null : int.Parse(r[2], CultureInfo.InvariantCulture), r[3]))];

    public static IReadOnlyList<ComplaintCase> ReadComplaints(TextReader reader) =>
        [.. Rows(reader, 4).Select(r => new ComplaintCase(r[0], r[1], r[2] == "-" ? [] : r[2].Split(','), r[3]))];

    private static IEnumerable<string[]> Rows(TextReader reader, int columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t', columns);
            if (parts.Length != columns)
            {
                throw new FormatException($"Expected {columns} tab-separated columns: {line}");
            }

            yield return parts;
        }
    }
}
