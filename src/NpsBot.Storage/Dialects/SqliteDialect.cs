using System.Data.Common;
using Microsoft.Data.Sqlite;
using NpsBot.Storage.Privacy;
using NpsBot.Storage.Retention;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Dialects;

/// <summary>SQLite: the statements as written in <see cref="TurnSql"/>, <see cref="WorkSql"/> and <see cref="RetentionSql"/>.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public override DbConnection CreateConnection(string connectionString) => new SqliteConnection(connectionString);

    // Unpooled: a connection just opened, on which SQLite still takes the writer's lookaside (SqliteLibrary); the writer
    // keeps it for the life of the process, so the pool saved nothing.
    public override DbConnection CreateWriterConnection(string connectionString) =>
        new SqliteConnection(new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString());

    // IMMEDIATE: the batch takes the write lock at its start instead of failing to upgrade a read lock later.
    public override DbTransaction BeginWrite(DbConnection connection) => ((SqliteConnection)connection).BeginTransaction(deferred: false);

    public override void PrepareWriter(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } db })
        {
            SqliteLibrary.GiveWriterLookaside(db);
        }

        using var pragma = connection.CreateCommand();

        // See SqlitePragmas: FULL is what makes a commit durable with WAL; the journals of savepoints and statements
        // stay in memory (they never take part in recovery).
        pragma.CommandText = SqlitePragmas.Durable + SqlitePragmas.InMemoryJournals + SqlitePragmas.WriterCheckpointAndCache;
        pragma.ExecuteNonQuery();
    }

    public override bool IsRetryableConflict(Exception failure) => false;

    public override bool IsUniqueKeyRace(Exception failure) => false;

    public override string Text(string sql) => sql;

    public override DbParameter Parameter(string name) => new SqliteParameter(name, DBNull.Value);

    public override object StoredTime(DateTime utc) => Configurations.UnixMillisecondsConverter.ToMilliseconds(utc);

    public override string NextConversationNumber => "(SELECT COALESCE(MAX(number), 0) + 1 FROM conversations)";

    public override string InsertConversation => TurnSql.InsertConversationAtLeftEdge(NextConversationNumber);

    public override string UpdateConversation => TurnSql.UpdateConversationToRightEdge;

    public override string UpdateConversationFirstTry => TurnSql.UpdateConversationAtRestInPlace;

    public override string UpdateConversationInDialog => TurnSql.UpdateConversationToLeftEdge;

    public override string UpdateConversationInDialogFirstTry => TurnSql.UpdateConversationInDialogInPlace;

    public override string UpsertSurveyResponse => TurnSql.UpsertSurveyResponseOtherColumns;

    public override string UpdateSurveyResponseFacts => TurnSql.UpdateSurveyResponseFacts;

    public override string UpsertCase => TurnSql.UpsertCase;

    public override string UpsertCustomer => TurnSql.UpsertCustomer;

    public override string ClaimWork => WorkSql.Claim;

    public override string ReleaseWork => WorkSql.Release;

    public override string PruneReplays => RetentionSql.PruneReplays;

    public override string SchedulePrune => RetentionSql.ScheduleNext;

    public override string CollectForgottenKeys => ForgetSql.CollectKeys;

    public override string CollectForgottenCases => ForgetSql.CollectCases;

    public override string AnonymiseResponses => ForgetSql.AnonymiseResponses;

    // secure_delete zeroes the freed bytes in the file instead of leaving them in free space; the TRUNCATE checkpoint
    // then drops the WAL's copies of the old pages. Cheaper than a VACUUM, which the purge runs too often to afford.
    public override string? BeforeRawTextPurge => "PRAGMA secure_delete = ON;";

    public override string? AfterRawTextPurge => Checkpoint;

    // VACUUM rewrites the file without free pages (deleted rows may sit there); the checkpoints empty the WAL.
    public override IReadOnlyList<string> ScrubFreedSpace { get; } = [Checkpoint, "VACUUM", Checkpoint];

    private const string Checkpoint = "PRAGMA wal_checkpoint(TRUNCATE);";

    public override IReadOnlyList<string>? IndexPendingTranscriptLines { get; } =
        [Transcripts.TranscriptSearchSql.IndexPendingLines, Transcripts.TranscriptSearchSql.MoveMark];

    public override string? TranscriptQuery(string? text) => Transcripts.FtsQuery.From(text);

    public override string TranscriptMatchingLines => Transcripts.TranscriptSearchSql.MatchingLines;

    public override string TranscriptBestSnippet => Transcripts.TranscriptSearchSql.BestSnippet;
}
