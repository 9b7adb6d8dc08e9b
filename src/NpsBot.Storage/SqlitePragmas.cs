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
