using Microsoft.Data.Sqlite;

namespace NpsBot.Storage;

/// <summary>The pragmas NpsBot relies on, in one place so the reason is written once.</summary>
internal static class SqlitePragmas
{
    /// <summary>
    /// synchronous=FULL, not NORMAL. With WAL, NORMAL fsyncs only at checkpoints, so a transaction that
    /// reported success can vanish after a power cut (the file stays consistent, but the turn is gone while its
    /// reply was already sent). FULL fsyncs the WAL at every commit, which is the promise the runner makes:
    /// a reply leaves only after its turn is on disk. Group commit in the turn store pays that fsync once per
    /// batch, not once per turn. The setting belongs to the connection, not the file, so the turn writer sets it
    /// when it opens; other connections (EF's) get the bundled SQLite's default, which is FULL as well (a test
    /// checks it).
    /// </summary>
    public const string Durable = "PRAGMA synchronous=FULL;";

    /// <summary>
    /// temp_store=MEMORY for the turn writer (issue 13). Each turn runs in a savepoint and most of its statements in a
    /// statement journal; both journals are temporary files that SQLite spills to disk past 64 KiB, and a group commit
    /// passes that at once: the writer opened a fresh temporary file per batch and wrote about 150 KB to it per turn
    /// (72 pwrite calls per turn, counted with strace at 32 customers), more than the WAL itself. These journals only
    /// undo a statement or a turn inside the open transaction and are never read after a crash (the WAL is), so
    /// keeping them in memory changes nothing about what a commit guarantees.
    /// </summary>
    public const string InMemoryJournals = "PRAGMA temp_store=MEMORY;";

    /// <summary>
    /// The turn writer's checkpoint interval and page cache (issue 13, CPU). A checkpoint copies the newest image of every
    /// page in the WAL into the database file (a pread of the WAL and a pwrite of the file per page, then an fsync); the
    /// default of 1,000 pages ran one about every 120 turns at 32 customers, and the same hot pages (the tables' right
    /// edges, the FTS segments, the indexes' busy leaves) were copied at each. 4,000 pages (16 MB of WAL at most between
    /// checkpoints) copies each of them once per 4,000 pages written. The cache (16 MB instead of 2 MB) keeps the pages
    /// the writer touches between checkpoints, which it would otherwise read back from the WAL. Neither changes what a
    /// commit guarantees: the WAL is fsynced at every commit as before.
    /// </summary>
    public const string WriterCheckpointAndCache = "PRAGMA wal_autocheckpoint=4000; PRAGMA cache_size=-16000;";

    public static Task SetDurableAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, Durable, cancellationToken);

    /// <summary>Runs a pragma and returns what it answers (null for pragmas that answer nothing).</summary>
    public static async Task<string?> ExecuteAsync(SqliteConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Only the constant pragmas of this class reach here.
        command.CommandText = pragma;
#pragma warning restore CA2100
        return (await command.ExecuteScalarAsync(cancellationToken))?.ToString();
    }
}
