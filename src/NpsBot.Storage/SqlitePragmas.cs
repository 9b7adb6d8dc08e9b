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
    /// batch, not once per turn. The setting belongs to the connection, not the file, so every writing
    /// connection sets it when it opens.
    /// </summary>
    public static Task SetDurableAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "PRAGMA synchronous=FULL;", cancellationToken);

    public static async Task ExecuteAsync(SqliteConnection connection, string pragma, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Only the constant pragmas above reach here.
        command.CommandText = pragma;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
