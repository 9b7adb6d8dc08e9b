using System.Data.Common;
using System.Diagnostics;
using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// <see cref="FreedSpaceScrubber"/> on PostgreSQL. VACUUM FULL leaves out only the deleted row versions that no running
/// transaction may still see; an ANALYZE that sampled the customer's rows before the erasers deleted them writes those
/// samples to pg_statistic when it ends, after the scrub if it ends late. Both are the same race (autovacuum starts
/// ANALYZE whenever a table has changed enough), so the scrub first waits until every transaction of the database
/// older than the forget has ended, and every writing transaction of any database of the cluster (its id holds back
/// every snapshot's horizon; <see cref="PostgresSql.OlderTransactions"/>), then rewrites the tables and their
/// statistics. The statistics that ANALYZE replaced stay readable by a transaction begun during that rewrite (a
/// background job's, a report's), so the scrub waits a second time, for the transactions older than the new
/// statistics, before it rewrites pg_statistic. Both waits share <see cref="OlderTransactionsWait"/>. A transaction
/// begun later sees none of the customer's rows. Polled by hand: PostgreSQL has no way to wait for another backend's
/// transaction.
/// </summary>
internal static class PostgresScrub
{
    /// <summary>How long the scrub waits for older transactions (a long report, a slow ANALYZE) before scrubbing anyway.</summary>
    public static readonly TimeSpan OlderTransactionsWait = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    public static async Task<IReadOnlyList<string>> RunAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        var older = await WaitForOlderTransactionsAsync(connection, waited, cancellationToken);
        await ExecuteAsync(connection, PostgresSql.ScrubTables, cancellationToken);
        older += await WaitForOlderTransactionsAsync(connection, waited, cancellationToken);
        await ExecuteAsync(connection, PostgresSql.ScrubStatistics, cancellationToken);

        return older == 0
            ? []
            :
            [
                $"{older} database transaction(s) begun before the forget were still open after {OlderTransactionsWait.TotalMinutes:0} minutes: " +
                "PostgreSQL kept the deleted row versions they may still read in the tables' files. Run forget-customer again once they have ended.",
            ];
    }

    // The number of this database's transactions older than now still open when the wait ends (0: none left).
    private static async Task<long> WaitForOlderTransactionsAsync(DbConnection connection, Stopwatch waited, CancellationToken cancellationToken)
    {
        var marker = await SqliteCommands.TextAsync(connection, PostgresSql.NewTransactionId, cancellationToken)
            ?? throw new InvalidOperationException("PostgreSQL gave no transaction id.");
        long older;
        while ((older = await SqliteCommands.CountAsync(connection, PostgresSql.OlderTransactions, cancellationToken, ("$marker", marker))) > 0
               && waited.Elapsed < OlderTransactionsWait)
        {
            await Task.Delay(Poll, cancellationToken);
        }

        return older;
    }

    private static async Task ExecuteAsync(DbConnection connection, IReadOnlyList<string> statements, CancellationToken cancellationToken)
    {
        foreach (var statement in statements)
        {
            await SqliteCommands.ExecuteAsync(connection, statement, cancellationToken);
        }
    }
}
