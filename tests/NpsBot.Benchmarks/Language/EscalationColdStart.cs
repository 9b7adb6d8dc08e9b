using System.Diagnostics;
using NpsBot.Language.Sentiment;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// The escalation cues' one-time build: the first Analyze in a fresh process (the lexicon, the cue expressions, the JIT),
/// which the server pays at start-up and the CLI's classify verb on every call; then a second complaint for comparison.
/// Run once per process: <c>-- escalation-cold-start</c>.
/// </summary>
public static class EscalationColdStart
{
    public static int Run()
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var first = new SentimentAnalyzer().Analyze("My mum is 88 and your driver scratched our front door, I want a manager to call me back today!!", "en");
        var firstWall = clock.Elapsed;
        process.Refresh();
        var firstCpu = process.TotalProcessorTime - cpuBefore;

        clock.Restart();
        var second = new SentimentAnalyzer().Analyze("Le colis est arrivé avec deux jours de retard et l'emballage était abîmé.", "fr");
        var secondWall = clock.Elapsed;

        System.Console.WriteLine(
            $"first_analyze_wall_ms={firstWall.TotalMilliseconds:F0} first_analyze_cpu_ms={firstCpu.TotalMilliseconds:F0} " +
            $"second_analyze_wall_ms={secondWall.TotalMilliseconds:F1} reasons={string.Join(',', first.Reasons)}|{string.Join(',', second.Reasons)}");
        return 0;
    }
}
