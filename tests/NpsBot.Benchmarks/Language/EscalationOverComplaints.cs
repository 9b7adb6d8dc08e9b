using System.Diagnostics;
using System.Globalization;
using NpsBot.Language.Sentiment;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// Sentiment with escalation over every complaint of evaluation files (locale first, text last, tab-separated): a
/// benchmark's repeated input keeps the non-backtracking engine's lazily built states warm, real complaints do not.
/// <c>-- escalation-passes FILE...</c>: microseconds per complaint on three passes after the cues are built (the first pass
/// meets every text for the first time). <c>-- escalation-reasons FILE...</c>: each line's sentiment and reasons, to compare
/// two builds line by line (the same decisions before and after a change of the matching machinery).
/// </summary>
public static class EscalationOverComplaints
{
    public static int Run(string mode, IReadOnlyList<string> files)
    {
        var lines = files.SelectMany(file => File.ReadLines(file).Select((line, index) => (Where: $"{file}:{index + 1}", Fields: line.Split('\t'))))
            .Where(line => line.Fields.Length >= 2)
            .Select(line => (line.Where, Locale: line.Fields[0], Text: line.Fields[^1]))
            .ToList();
        var analyzer = new SentimentAnalyzer();
        if (mode == "escalation-reasons")
        {
            foreach (var (where, locale, text) in lines)
            {
                var result = analyzer.Analyze(text, locale);
                System.Console.WriteLine($"{where}\t{result.Sentiment.ToString("R", CultureInfo.InvariantCulture)}\t{result.Escalate}\t{string.Join(',', result.Reasons)}");
            }

            return 0;
        }

        analyzer.Analyze("warm-up: the cues are built here, not in the first pass", "en");
        var process = Process.GetCurrentProcess();
        for (var pass = 1; pass <= 3; pass++)
        {
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (_, locale, text) in lines)
            {
                analyzer.Analyze(text, locale);
            }

            var wall = clock.Elapsed;
            process.Refresh();
            var used = process.TotalProcessorTime - cpu;
            System.Console.WriteLine(
                $"pass={pass} complaints={lines.Count} wall_us_per_complaint={wall.TotalMicroseconds / lines.Count:F1} " +
                $"cpu_us_per_complaint={used.TotalMicroseconds / lines.Count:F1}");
        }

        return 0;
    }
}
