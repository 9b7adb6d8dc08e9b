using BenchmarkDotNet.Running;

namespace NpsBot.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/NpsBot.Benchmarks -- --filter '*' --job short</c>,
/// or the dashboard driver on a seeded data folder: <c>... -- dashboard --data DIR</c> (see README.md).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "dashboard")
        {
            return await Dashboard.DashboardDriver.RunAsync(args);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
