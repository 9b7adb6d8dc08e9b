using System.Data.Common;
using System.Diagnostics;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// <see cref="FreedSpaceScrubber"/> on PostgreSQL. VACUUM FULL leaves out only the deleted row versions that no running
/// transaction may still see; an ANALYZE that sampled the customer's rows before the erasers deleted them writes those
/// samples to pg_statistic when it ends, after the scrub if it ends late. Both are the same race (autovacuum starts
/// ANALYZE whenever a table has changed enough), so the scrub first waits until every transaction of the database
/// older than the forget has ended (<see cref="PostgresSql.OlderTransactions"/>, bounded by
/// <see cref="OlderTransactionsWait"/>), then rewrites the tables and their statistics. A transaction begun later sees
/// none of the customer's rows. Polled by hand: PostgreSQL has no way to wait for another backend's transaction.
/// </summary>
internal static class PostgresScrub
{
    /// <summary>How long the scrub waits for older transactions (a long report, a slow ANALYZE) before scrubbing anyway.</summary>
    public static readonly TimeSpan OlderTransactionsWait = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task<IReadOnlyList<string>> RunAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var marker = await SqliteCommands.TextAsync(connection, PostgresSql.NewTransactionId, cancellationToken)
            ?? throw new InvalidOperationException("PostgreSQL gave no transaction id.");
        var waited = Stopwatch.StartNew();
        long older;
        while ((older = await SqliteCommands.CountAsync(connection, PostgresSql.OlderTransactions, cancellationToken, ("$marker", marker))) > 0
               && waited.Elapsed < OlderTransactionsWait)
        {
            await Task.Delay(Poll, cancellationToken);
        }

        foreach (var statement in PostgresSql.ScrubFreedSpace)
        {
            await SqliteCommands.ExecuteAsync(connection, statement, cancellationToken);
        }

        return older == 0
            ? []
            :
            [
                $"{older} database transaction(s) begun before the forget were still open after {OlderTransactionsWait.TotalMinutes:0} minutes: " +
                "PostgreSQL kept the deleted row versions they may still read in the tables' files. Run forget-customer again once they have ended.",
            ];
    }
}
