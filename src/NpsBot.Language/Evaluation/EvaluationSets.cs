using System.Globalization;
using NpsBot.Conversations.Language;
using NpsBot.Language.Scores;
using NpsBot.Language.Sentiment;

namespace NpsBot.Language.Evaluation;

/// <summary>
/// Reads the tab-separated evaluation sets (lines starting with # are comments): the project's own format, and the format
/// of the blind sets (<c>Evaluation/blind-*/</c>, see their README), whose labels are mapped onto the same cases.
/// </summary>
public static class EvaluationSets
{
    public static IReadOnlyList<ScoreCase> ReadScores(TextReader reader) =>
        [.. Rows(reader, 4).Select(r => new ScoreCase(r[0], ScoreStatusNames.Parse(r[1]), r[2] == "-" ? null : int.Parse(r[2], CultureInfo.InvariantCulture), r[3]))];

    public static IReadOnlyList<ComplaintCase> ReadComplaints(TextReader reader) =>
        [.. Rows(reader, 4).Select(r => new ComplaintCase(r[0], r[1], r[2] == "-" ? [] : r[2].Split(','), r[3]))];

    /// <summary>Blind score replies: <c>lang, expected (0–10 or none), text</c>; "none" accepts any status but ok.</summary>
    public static IReadOnlyList<ScoreCase> ReadBlindScores(TextReader reader) =>
        [.. Rows(reader, 3).Select(r => r[1] == "none"
            ? new ScoreCase(r[0], ScoreStatus.None, null, r[2], NoScore: true)
            : new ScoreCase(r[0], ScoreStatus.Ok, int.Parse(r[1], CultureInfo.InvariantCulture), r[2]))];

    /// <summary>Blind complaints: <c>lang, theme, escalate (yes/no), escalation_kind (or -), text</c>; kinds mapped to our reason codes.</summary>
    public static IReadOnlyList<ComplaintCase> ReadBlindComplaints(TextReader reader) =>
        [.. Rows(reader, 5).Select(r => new ComplaintCase(r[0], r[1], r[2] == "yes" ? [BlindKind(r[3])] : [], r[4]))];

    /// <summary>Reads a file in either format, chosen by its column count.</summary>
    public static IReadOnlyList<ScoreCase> ReadAnyScores(string path) =>
        Columns(path) == 3 ? ReadBlindScores(File.OpenText(path)) : ReadScores(File.OpenText(path));

    /// <inheritdoc cref="ReadAnyScores"/>
    public static IReadOnlyList<ComplaintCase> ReadAnyComplaints(string path) =>
        Columns(path) == 5 ? ReadBlindComplaints(File.OpenText(path)) : ReadComplaints(File.OpenText(path));

    private static string BlindKind(string kind) => kind switch
    {
        "human" => EscalationReasons.PersonRequested,
        "repeated" => EscalationReasons.RepeatedContact,
        _ => kind,
    };

    private static int Columns(string path) =>
        File.ReadLines(path).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#'))?.Split('\t').Length ?? 0;

    private static IEnumerable<string[]> Rows(TextReader reader, int columns)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using (reader)
        {
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
}
