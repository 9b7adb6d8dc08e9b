using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Api.Exports;
using NpsBot.Storage;
using NpsBot.Storage.Insights;
using NpsBot.Storage.Themes;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Benchmarks.Dashboard;

/// <summary>
/// <c>dashboard --data DIR [--migrate] [--rows | --days-only] [--case-joins] [--case-rows] [--runs R] [--concurrency C] [--rows] [--skip-exports]</c>: times every <see cref="IInsightsQueries"/> method and the
/// first page of <see cref="IResponseReader"/> on a seeded database (p50/p95/max of R runs after one warm-up, unfiltered
/// and with a typical filter), then the full CSV and JSON exports (rows/s, peak RSS sampled while they run). A small
/// driver rather than BenchmarkDotNet: one run of an export takes minutes, and the figure wanted is a p95 over a
/// handful of runs on a shared machine, with the load average printed beside it.
/// </summary>
public static class DashboardDriver
{
    public static async Task<int> RunAsync(string[] args)
    {
        var data = Option(args, "--data") ?? throw new ArgumentException("--data DIR is required (a folder seeded with seed-demo).");
        var runs = int.Parse(Option(args, "--runs") ?? "15", CultureInfo.InvariantCulture);
        var connectionString = new StorageOptions { DataDirectory = data }.ResolveConnectionString();
        var options = new DbContextOptionsBuilder<NpsBotDbContext>().UseSqlite(connectionString).Options;
        var contexts = new PooledDbContextFactory<NpsBotDbContext>(options);
        if (args.Contains("--migrate"))
        {
            // What the server's start-up does: the pending migrations (rollups and their backfills included).
            var watch = Stopwatch.StartNew();
            await new DatabaseInitializer(contexts, new StorageOptions { DataDirectory = data }).InitializeAsync(CancellationToken.None);
            System.Console.WriteLine($"# migrated in {watch.Elapsed.TotalSeconds:F1} s");
        }

        var insights = new InsightsQueries(contexts, TimeProvider.System) { ReadDayCounts = !args.Contains("--rows"), ReadPeriodCounts = !args.Contains("--days-only"), ReadCaseFacts = !args.Contains("--case-joins"), ReadCaseStepCounts = !args.Contains("--case-rows") };
        var concurrency = int.Parse(Option(args, "--concurrency") ?? "1", CultureInfo.InvariantCulture);
        var reader = new ResponseReader(contexts);
        var responses = await CountAsync(contexts);
        System.Console.WriteLine($"# {responses:N0} responses in {Path.GetFileName(Path.TrimEndingDirectorySeparator(data))}; {runs} runs per query, {concurrency} at a time; {(!insights.ReadDayCounts ? "rows only (--rows)" : insights.ReadPeriodCounts ? "weekly/monthly rollup with edge days where the filter allows" : "daily rollup only (--days-only)")}; load average at start {LoadAverage()}");

        var agent = await BusiestAgentAsync(contexts);
        var middle = PageCursor.Encode(await MiddleIdAsync(contexts));
        var search = new TranscriptSearch(contexts, new StorageOptions { DataDirectory = data });
        var governance = new ThemeGovernance(contexts, ThemeChoices.None, TimeProvider.System);
        var views = new ConversationViews(contexts);
        var middleId = await MiddleIdAsync(contexts);
        var filters = Filters(DateTimeOffset.UtcNow, agent, Option(args, "--filters"));
        var queries = new (string Name, Func<InsightsFilter, CancellationToken, Task> Run)[]
        {
            // What the dashboard page asks for (DashboardData.LoadAsync), in its order.
            ("Summary", (f, ct) => insights.SummaryAsync(f, ct)),
            ("Nps (previous period)", (f, ct) => insights.NpsAsync(f, ct)),
            ("Trend (week)", (f, ct) => insights.TrendAsync(f, TrendGranularity.Week, ct)),
            ("Trend (month)", (f, ct) => insights.TrendAsync(f, TrendGranularity.Month, ct)),
            ("Distribution", (f, ct) => insights.DistributionAsync(f, ct)),
            ("Bands (channel)", (f, ct) => insights.BandsAsync(f, Segment.Channel, ct)),
            ("Bands (locale)", (f, ct) => insights.BandsAsync(f, Segment.Locale, ct)),
            ("Bands (theme)", (f, ct) => insights.BandsAsync(f, Segment.Theme, ct)),
            ("Themes over time (week)", (f, ct) => insights.ThemesOverTimeAsync(f, TrendGranularity.Week, ct)),
            ("Funnel", (f, ct) => insights.FunnelAsync(f, ct)),
            ("Sla", (f, ct) => insights.SlaAsync(f, ct)),
            ("Agents", (f, ct) => insights.AgentsAsync(f, ct)),
            ("Theme agreement (week)", (f, ct) => governance.AgreementAsync(f, TrendGranularity.Week, ct)),

            // A chart segment's drill-down (the responses behind a bar: score 3, the funnel's "resolved"), the lists, search.
            ("Responses page 1 (50)", (f, ct) => reader.ResponsesAsync(f, null, 50, ct)),
            ("Responses page 1, bar: score 3", (f, ct) => reader.ResponsesAsync(f with { Score = 3 }, null, 50, ct)),
            ("Responses page 1, bar: funnel resolved", (f, ct) => reader.ResponsesAsync(f with { Stage = FunnelStage.Resolved }, null, 50, ct)),
            ("Responses, a page from the middle (keyset cursor)", (f, ct) => reader.ResponsesAsync(f, middle, 50, ct)),
            ("Cases page 1 (50)", (f, ct) => reader.CasesAsync(f, null, 50, ct)),
            ("Transcript search \"refund\" (20)", (f, ct) => search.SearchAsync(f, "refund", null, 20, ct)),
            ("Transcript search \"late delivery\" (20)", (f, ct) => search.SearchAsync(f, "\"late delivery\"", null, 20, ct)),
            ("Transcripts, no words (20)", (f, ct) => search.SearchAsync(f, "", null, 20, ct)),

            // A drill-down's last step: one response's conversation (its transcript, case and labels); the filter does not apply.
            ("Conversation view (a response from the middle)", (f, ct) => views.FindAsync(middleId, ct)),
        };
        var only = Option(args, "--queries");
        if (only is not null)
        {
            queries = [.. queries.Where(q => only.Split(',').Any(o => q.Name.Contains(o, StringComparison.OrdinalIgnoreCase)))];
        }

        System.Console.WriteLine("| query | filter | p50 ms | p95 ms | max ms | load avg (1 min) |");
        System.Console.WriteLine("| --- | --- | ---: | ---: | ---: | ---: |");
        foreach (var (name, run) in queries)
        {
            foreach (var (filterName, filter) in filters)
            {
                var times = await TimeAsync(() => run(filter, CancellationToken.None), runs, concurrency);
                System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {filterName} | {Percentile(times, 0.5):F0} | {Percentile(times, 0.95):F0} | {times.Max():F0} | {LoadAverage().Split(' ')[0]} |"));
            }
        }

        System.Console.WriteLine($"# load average after queries {LoadAverage()}");
        if (!args.Contains("--skip-exports"))
        {
            var limit = Option(args, "--export-seconds") is { } seconds ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : Timeout.InfiniteTimeSpan;
            await ExportAsync("CSV", reader, ResponseExportWriter.WriteCsvAsync, limit);
            await ExportAsync("JSON", reader, ResponseExportWriter.WriteJsonAsync, limit);
            System.Console.WriteLine($"# load average after exports {LoadAverage()}");
        }

        return 0;
    }

    /// <summary>The whole export, or what it wrote within <paramref name="limit"/> (a slow "before" measurement).</summary>
    private static async Task ExportAsync(string format, ResponseReader reader, Func<IAsyncEnumerable<ResponseRow>, Stream, CancellationToken, Task> write, TimeSpan limit)
    {
        using var stop = new CancellationTokenSource(limit);
        GC.Collect();
        var body = new CountingStream();
        var startRss = ProcessMemory.CurrentRssMb();
        using var sampler = new RssSampler();
        var watch = Stopwatch.StartNew();
        var rows = 0L;
        var whole = "";
        try
        {
            await write(Counted(reader.StreamAsync(InsightsFilter.All, stop.Token), () => rows++, sampler), body, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            whole = " (stopped at the time limit)";
        }

        watch.Stop();
        System.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"# export {format}{whole}: {rows:N0} rows, {body.Length / 1048576.0:F0} MB in {watch.Elapsed.TotalSeconds:F1} s = {rows / watch.Elapsed.TotalSeconds:N0} rows/s; RSS at start {startRss:F0} MB, after 10% {sampler.AtTenPercentMb:F0} MB, peak {sampler.PeakMb:F0} MB, at end {ProcessMemory.CurrentRssMb():F0} MB"));
    }

    private static async IAsyncEnumerable<ResponseRow> Counted(IAsyncEnumerable<ResponseRow> rows, Action counted, RssSampler sampler)
    {
        var count = 0L;
        await foreach (var row in rows)
        {
            counted();
            if (++count == 100_000)
            {
                sampler.MarkTenPercent();
            }

            yield return row;
        }
    }

    /// <summary>Each run starts <paramref name="concurrency"/> calls at once and times each one (concurrent dashboard users).</summary>
    private static async Task<List<double>> TimeAsync(Func<Task> run, int runs, int concurrency)
    {
        await run();
        var times = new List<double>(runs * concurrency);
        for (var i = 0; i < runs; i++)
        {
            times.AddRange(await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
            {
                var watch = Stopwatch.StartNew();
                await run();
                return watch.Elapsed.TotalMilliseconds;
            }))));
        }

        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    /// <summary>
    /// The default filter (everything) and the filters a manager sets: a month, a channel, a theme, an agent, a score
    /// band, a locale, and periods that are not whole UTC days (rows only for the partial days at the edges). <c>--filters a,b</c> keeps those whose name contains one of them.
    /// </summary>
    private static List<(string Name, InsightsFilter Filter)> Filters(DateTimeOffset now, string? agent, string? only)
    {
        var thisMonth = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var east = TimeSpan.FromHours(2);
        var localNow = now.ToOffset(east);
        var localMidnight = new DateTimeOffset(localNow.Year, localNow.Month, localNow.Day, 0, 0, 0, east);
        var filters = new List<(string Name, InsightsFilter Filter)>
        {
            ("all (default)", InsightsFilter.All),
            ("last month", new InsightsFilter { From = thisMonth.AddMonths(-1), To = thisMonth }),
            ("channel sms", new InsightsFilter { Channel = "sms" }),
            ("theme delivery", new InsightsFilter { Theme = "delivery" }),
            ("agent", new InsightsFilter { Agent = agent ?? "nobody" }),
            ("band detractor", new InsightsFilter { Band = Surveys.Scoring.NpsCategory.Detractor }),
            ("locale pt", new InsightsFilter { Locale = "pt" }),
            ("last 30 days from now (not whole days)", new InsightsFilter { From = now.AddDays(-30) }),

            // What the API is sent for "the last 30 days" (both ends at the current time; the dashboard's previous
            // period of it too), and a week between local midnights two hours east of UTC (both edges inside UTC days).
            ("last 30 days to now (both ends inside days)", new InsightsFilter { From = now.AddDays(-30), To = now }),
            ("a week, midnight to midnight at UTC+2", new InsightsFilter { From = localMidnight.AddDays(-7), To = localMidnight }),
            ("last 30 days to now + theme delivery", new InsightsFilter { From = now.AddDays(-30), To = now, Theme = "delivery" }),
        };
        return only is null ? filters : [.. filters.Where(f => only.Split(',').Any(o => f.Name.Contains(o, StringComparison.OrdinalIgnoreCase)))];
    }

    private static async Task<string?> BusiestAgentAsync(IDbContextFactory<NpsBotDbContext> contexts)
    {
        await using var context = await contexts.CreateDbContextAsync();
        return await context.Cases.Where(c => c.Assignee != null).GroupBy(c => c.Assignee).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefaultAsync();
    }

    private static async Task<long> MiddleIdAsync(IDbContextFactory<NpsBotDbContext> contexts)
    {
        await using var context = await contexts.CreateDbContextAsync();
        return (await context.SurveyResponses.MaxAsync(r => (long?)r.Id) ?? 0) / 2;
    }

    private static async Task<int> CountAsync(IDbContextFactory<NpsBotDbContext> contexts)
    {
        await using var context = await contexts.CreateDbContextAsync();
        return await context.SurveyResponses.CountAsync();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
