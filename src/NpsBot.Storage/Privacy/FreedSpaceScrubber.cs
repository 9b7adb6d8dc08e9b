using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Makes deleted data unreadable in the file itself: SQLite leaves deleted rows in free pages and old page images in
/// the WAL. VACUUM rewrites the database without free space, and a TRUNCATE checkpoint empties the WAL. Costly on a
/// large file, so it runs only after a customer is forgotten, never per turn.
/// </summary>
public sealed class FreedSpaceScrubber(StorageOptions options)
{
    public async Task ScrubAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(options.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);
        await SqlitePragmas.ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        await SqliteCommands.ExecuteAsync(connection, "VACUUM", cancellationToken);
        await SqlitePragmas.ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }
}
