using System.Data.Common;

namespace NpsBot.Storage.Dialects;

/// <summary>
/// What the hand-written SQL of the stores (turns, work queue, retention) needs to know about the database: how to
/// connect, how a write transaction starts, how parameters are named, and the few statements each provider spells its
/// own way. Everything else is one text for both (<see cref="Stores.TurnSql"/>, <see cref="Stores.WorkSql"/>).
/// Chosen once from <see cref="StorageOptions.Provider"/>; nothing else in the stores asks which provider it runs on.
/// </summary>
internal abstract class SqlDialect
{
    public static SqlDialect For(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsPostgres ? PostgresDialect.Instance : SqliteDialect.Instance;
    }

    public abstract DbConnection CreateConnection(string connectionString);

    /// <summary>The turn writer's own connection, which it keeps open for the life of the process.</summary>
    public virtual DbConnection CreateWriterConnection(string connectionString) => CreateConnection(connectionString);

    /// <summary>Starts the writer's batch transaction, taking the write lock at once where the provider has one.</summary>
    public abstract DbTransaction BeginWrite(DbConnection connection);

    /// <summary>Sets up the one writing connection once it is open (SQLite: synchronous=FULL).</summary>
    public abstract void PrepareWriter(DbConnection connection);

    /// <summary>
    /// True when <paramref name="failure"/> means the batch lost a race with another instance's transaction and the same
    /// batch would succeed if run again (PostgreSQL: deadlock 40P01, serialization failure 40001). SQLite has one
    /// writer at a time (its busy timeout waits): never.
    /// </summary>
    public abstract bool IsRetryableConflict(Exception failure);

    /// <summary>
    /// True when <paramref name="failure"/> is a unique key taken by another transaction that committed first (PostgreSQL
    /// 23505 under READ COMMITTED: two appends read the same watermark). A rerun reads the winner's row. SQLite's
    /// BEGIN IMMEDIATE serializes writers, so there a unique violation is the write's own fault: never.
    /// </summary>
    public abstract bool IsUniqueKeyRace(Exception failure);

    /// <summary>The statement as the provider reads it; the shared texts name parameters <c>$name</c>.</summary>
    public abstract string Text(string sql);

    /// <summary>A parameter for the shared name <c>$name</c> (SQL NULL until set).</summary>
    public abstract DbParameter Parameter(string name);

    /// <summary>
    /// A UTC time as the columns of <see cref="Configurations.IntegerTimes"/>' tables store it (conversations, responses,
    /// cases, case events, theme labels): the time itself, SQLite's Unix milliseconds. Other tables take the time itself.
    /// </summary>
    public virtual object StoredTime(DateTime utc) => utc;

    // The statements that differ (the SQLite texts are the constants of TurnSql, WorkSql and RetentionSql).

    /// <summary>
    /// The value of a new conversation's <c>number</c> in an INSERT (SQLite: the largest + 1, under the database's one
    /// write lock; PostgreSQL: <c>DEFAULT</c>, its identity sequence, as several instances insert at once).
    /// </summary>
    public abstract string NextConversationNumber { get; }

    /// <summary>A new conversation's row (SQLite: at the left edge, see <see cref="Stores.TurnSql.InsertConversationAtLeftEdge"/>).</summary>
    public virtual string InsertConversation => Stores.TurnSql.InsertConversation(NextConversationNumber);

    /// <summary>The update of a conversation whose turn ends at rest (SQLite: moved to the right edge).</summary>
    public abstract string UpdateConversation { get; }

    /// <summary>
    /// An update tried before <see cref="UpdateConversation"/>, which runs only when this one changed no row (SQLite: in
    /// place when the row is on the right and its state does not shrink, see
    /// <see cref="Stores.TurnSql.UpdateConversationAtRestInPlace"/>), or null.
    /// </summary>
    public virtual string? UpdateConversationFirstTry => null;

    /// <summary>The update of a conversation whose turn leaves a dialog waiting (SQLite: moved to the left edge).</summary>
    public virtual string UpdateConversationInDialog => UpdateConversation;

    /// <summary>Tried before <see cref="UpdateConversationInDialog"/> (SQLite: in place when the row is on the left).</summary>
    public virtual string? UpdateConversationInDialogFirstTry => UpdateConversationFirstTry;

    /// <summary>A survey response's row, new or updated (SQLite: all but its indexed facts, see <see cref="UpdateSurveyResponseFacts"/>).</summary>
    public virtual string UpsertSurveyResponse => Stores.TurnSql.UpsertSurveyResponse;

    /// <summary>
    /// Run before <see cref="UpsertSurveyResponse"/> when not null (SQLite: the score, category, outcome and theme, only
    /// when one of them changes, see <see cref="Stores.TurnSql.UpdateSurveyResponseFacts"/>).
    /// </summary>
    public virtual string? UpdateSurveyResponseFacts => null;

    public abstract string UpsertCase { get; }

    public abstract string UpsertCustomer { get; }

    public abstract string ClaimWork { get; }

    public abstract string ReleaseWork { get; }

    public abstract string PruneReplays { get; }

    public abstract string SchedulePrune { get; }

    // Privacy (ForgetSql holds SQLite's texts).
    public abstract string CollectForgottenKeys { get; }

    public abstract string CollectForgottenCases { get; }

    public abstract string AnonymiseResponses { get; }

    /// <summary>Run on the purging connection before raw text is set to NULL (SQLite: zero the freed bytes), or null.</summary>
    public abstract string? BeforeRawTextPurge { get; }

    /// <summary>Run after a purge that changed rows (SQLite: drop the WAL's old page images), or null.</summary>
    public abstract string? AfterRawTextPurge { get; }

    /// <summary>The statements that leave no deleted row's bytes in the database's files, run after forgetting a customer.</summary>
    public abstract IReadOnlyList<string> ScrubFreedSpace { get; }

    // Transcript search (TranscriptSearchSql holds SQLite's FTS5 texts).

    /// <summary>
    /// The statements that index the people's lines not yet in the search index and move its mark, run by the turn
    /// writer once a second and before a search (SQLite: <see cref="Transcripts.TranscriptSearchSql.IndexPendingLines"/>,
    /// <see cref="Transcripts.TranscriptSearchSql.MoveMark"/>), or null when the database indexes each line itself
    /// (PostgreSQL: an expression index).
    /// </summary>
    public virtual IReadOnlyList<string>? IndexPendingTranscriptLines => null;

    /// <summary>What the manager typed as this provider's full-text query, or null when it holds no word.</summary>
    public abstract string? TranscriptQuery(string? text);

    /// <summary>The transcript lines matching the query ({0}), as <c>transcript_entries</c> rows EF Core composes over.</summary>
    public abstract string TranscriptMatchingLines { get; }

    /// <summary>The best matching line of one conversation ($query, $key), matches wrapped in [[ ]].</summary>
    public abstract string TranscriptBestSnippet { get; }
}
