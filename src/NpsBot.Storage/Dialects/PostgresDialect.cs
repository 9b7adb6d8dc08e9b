using System.Data.Common;
using System.Text.RegularExpressions;
using Npgsql;

namespace NpsBot.Storage.Dialects;

/// <summary>
/// PostgreSQL through Npgsql: <c>$name</c> parameters become <c>@name</c> (Npgsql reads <c>$1</c> as positional),
/// and the statements of <see cref="PostgresSql"/> replace SQLite's where the two differ.
/// </summary>
internal sealed partial class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override DbConnection CreateConnection(string connectionString) => new NpgsqlConnection(connectionString);

    // READ COMMITTED: a turn that loses the race for a row waits for the winner's commit, then sees 0 rows (a conflict).
    /// <summary>
    /// The writer's transaction, with the writers' lock taken first (<see cref="WritersLock"/>): the turn writers of
    /// every instance on the database commit one batch after another (issue 13, two instances). Without it they
    /// deadlocked on rows every batch touches whatever its conversations (the dashboard's rollup cells, locked in the
    /// order of a batch's turns, and its customers): 43 deadlocks in 50 s at 32 customers on two instances, each a
    /// stall of PostgreSQL's deadlock_timeout (1 s) before one batch was rolled back and written again; 69 turns/s
    /// against 690 on one instance. The lock is held for one round trip and the commit; the other writer's batch grows
    /// meanwhile.
    /// </summary>
    public override DbTransaction BeginWrite(DbConnection connection)
    {
        var transaction = connection.BeginTransaction();
        try
        {
            using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = WritersLock;
            command.ExecuteNonQuery();
            return transaction;
        }
        catch
        {
            transaction.Dispose();
            throw;
        }
    }

    /// <summary>A transaction-scoped advisory lock; the number is NpsBot's own, any other would do.</summary>
    internal const string WritersLock = "SELECT pg_advisory_xact_lock(20261204)";

    // synchronous_commit is on by default: COMMIT returns after the WAL is flushed.
    public override void PrepareWriter(DbConnection connection)
    {
    }

    // Only the two a rerun of the whole batch cures; not Npgsql's IsTransient, which also covers a connection lost
    // during COMMIT, when the batch may have been saved and must not be written twice.
    public override bool IsRetryableConflict(Exception failure) =>
        failure is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    public override bool IsUniqueKeyRace(Exception failure) => failure is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override string Text(string sql) => Placeholder().Replace(sql, "@$1");

    public override DbParameter Parameter(string name) => new NpgsqlParameter(name.TrimStart('$'), DBNull.Value);

    public override string NextConversationNumber => "DEFAULT";

    public override string UpdateConversation => Stores.TurnSql.UpdateConversation;

    public override string UpsertCase => PostgresSql.UpsertCase;

    public override string UpsertCustomer => PostgresSql.UpsertCustomer;

    public override string ClaimWork => PostgresSql.ClaimWork;

    public override string ReleaseWork => PostgresSql.ReleaseWork;

    public override string PruneReplays => PostgresSql.PruneReplays;

    public override string SchedulePrune => PostgresSql.SchedulePrune;

    public override string CollectForgottenKeys => PostgresSql.CollectForgottenKeys;

    public override string CollectForgottenCases => PostgresSql.CollectForgottenCases;

    public override string AnonymiseResponses => PostgresSql.AnonymiseResponses;

    // PostgreSQL has no secure_delete: an updated row's old version stays until VACUUM reclaims it (autovacuum does,
    // without zeroing it); ScrubFreedSpace is what rewrites the tables.
    public override string? BeforeRawTextPurge => null;

    public override string? AfterRawTextPurge => null;

    public override IReadOnlyList<string> ScrubFreedSpace => PostgresSql.ScrubFreedSpace;

    [GeneratedRegex(@"\$([a-z_]+)")]
    private static partial Regex Placeholder();

    // The same sanitised terms as on SQLite, as a tsquery: nothing typed can make a syntax error.
    public override string? TranscriptQuery(string? text) => Transcripts.FtsQuery.TsQuery(text);

    public override string TranscriptMatchingLines => PostgresSql.TranscriptMatchingLines;

    public override string TranscriptBestSnippet => Text(PostgresSql.TranscriptBestSnippet);
}
