using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NpsBot.Console.Access;
using NpsBot.Storage;

namespace NpsBot.Server.Cli.SeedDemo;

/// <summary>
/// <c>seed-demo N [--force] [--seed S] [--days D]</c>: fills the server's database (SQLite in the data folder, or PostgreSQL: <c>Storage:Provider</c>) with N made-up conversations (all channels and
/// locales, every theme, cases in every state, follow-up surveys, help ratings) over the last six months (or D days), and the
/// demo console users, so a newcomer sees a populated dashboard. Refuses a database that holds responses it did not
/// write, unless <c>--force</c>.
/// </summary>
public sealed class SeedDemoVerb(IDbContextFactory<NpsBotDbContext> contexts, IConsoleUsers users, TimeProvider clock)
{
    public const string Name = "seed-demo";
    public const int MaxCount = 10_000_000;
    private const string Usage = "Usage: seed-demo <N> [--force] [--seed <number>] [--days <1 to 3650>]   (N conversations, 1 to 10000000, spread over the last 182 days unless --days)";

    public async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Length < 2 || !int.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxCount)
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var days = DemoConversationPlanner.DefaultDays;
        if (CommandLine.OptionOf(args, "--days") is { } daysText && (!int.TryParse(daysText, NumberStyles.None, CultureInfo.InvariantCulture, out days) || days is < 1 or > 3650))
        {
            await error.WriteLineAsync(Usage);
            return 2;
        }

        var seed = int.TryParse(CommandLine.OptionOf(args, "--seed"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : Environment.TickCount;
        string connectionString;
        DbProviderFactory provider;
        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            // The server's own database and provider (Storage:Provider: SQLite or PostgreSQL).
            connectionString = context.Database.GetConnectionString() ?? throw new InvalidOperationException("The database has no connection string.");
            provider = DbProviderFactories.GetFactory(context.Database.GetDbConnection()) ?? throw new InvalidOperationException("The database has no provider factory.");
        }

        if (!args.Contains("--force") && await DemoDatabaseWriter.HoldsRealResponsesAsync(provider, connectionString, cancellationToken))
        {
            await error.WriteLineAsync("This database already holds real survey responses; seed-demo would mix made-up ones in. Use another --data folder, or add --force.");
            return 1;
        }

        var (agents, password, emails) = await DemoUsers.EnsureAsync(users, cancellationToken);
        var summary = new SeedSummary();
        var watch = Stopwatch.StartNew();
        var run = Convert.ToString(clock.GetUtcNow().ToUnixTimeSeconds() % 46656 * 7 + Random.Shared.Next(7), 16);
        var planner = new DemoConversationPlanner(run, clock.GetUtcNow().UtcDateTime, agents, seed, days);
        await using (var writer = await DemoDatabaseWriter.OpenAsync(provider, connectionString, cancellationToken))
        {
            for (long index = 0; index < count; index++)
            {
                var conversation = planner.Plan(index, count);
                await writer.WriteAsync(conversation, cancellationToken);
                summary.Add(conversation);
                if ((index + 1) % 100_000 == 0)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {index + 1:N0} conversations ({watch.Elapsed.TotalSeconds:F0} s)"));
                }
            }

            await writer.CompleteAsync(cancellationToken);
        }

        watch.Stop();
        await summary.PrintAsync(output, watch.Elapsed, days);
        await output.WriteLineAsync($"Console users: {string.Join(", ", emails)}");
        await output.WriteLineAsync(password is null
            ? "  (they already existed: their password is unchanged)"
            : $"  password for all of them (shown once, not stored anywhere readable): {password}");
        await output.WriteLineAsync("Start the server on the same --data folder and sign in at /console.");
        return 0;
    }
}
