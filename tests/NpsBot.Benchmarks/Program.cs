using BenchmarkDotNet.Running;

namespace NpsBot.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/NpsBot.Benchmarks -- --filter '*' --job short</c>,
/// or the dashboard driver on a seeded data folder: <c>... -- dashboard --data DIR</c>, or the escalation cues'
/// one-time build in this fresh process: <c>... -- escalation-cold-start</c> (see README.md).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "dashboard")
        {
            return await Dashboard.DashboardDriver.RunAsync(args);
        }

        if (args is ["escalation-cold-start"])
        {
            return Language.EscalationColdStart.Run();
        }

        if (args is ["escalation-passes" or "escalation-reasons", .. var files])
        {
            return Language.EscalationOverComplaints.Run(args[0], files);
        }

        if (args is ["decisions", .. var lines])
        {
            return Language.DecisionsOverLines.Run(lines);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
