using BenchmarkDotNet.Attributes;
using NpsBot.Language.Tests.Themes;
using NpsBot.Language.Themes;

namespace NpsBot.Benchmarks.Language;

/// <summary>
/// The cue features of a complaint (<see cref="ThemeCues.Compute"/>: each word looked up by word, prefix and part) against
/// the scan they replaced (the baseline: each word compared with every stem), over the evidence benchmark's six complaints.
/// </summary>
[MemoryDiagnoser]
public class ThemeCuesBenchmarks
{
    private readonly string[] _complaints = ThemeEvidenceBenchmarks.Complaints;

    [Benchmark(Baseline = true)]
    public float Scan()
    {
        var sum = 0f;
        foreach (var complaint in _complaints)
        {
            sum += ScanningThemeCues.Compute(complaint).Sum();
        }

        return sum;
    }

    [Benchmark]
    public float Lookup()
    {
        var sum = 0f;
        foreach (var complaint in _complaints)
        {
            sum += ThemeCues.Compute(complaint).Sum();
        }

        return sum;
    }
}
