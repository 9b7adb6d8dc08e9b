using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Makes deleted data unreadable in the file itself: SQLite leaves deleted rows in free pages and old page images in
/// the WAL. VACUUM rewrites the database without free space, and a TRUNCATE checkpoint empties the WAL. Costly on a
/// large file, so it runs only after a customer is forgotten, never per turn. On PostgreSQL, VACUUM FULL rewrites the
/// tables a customer leaves rows in (see <see cref="SqlDialect.ScrubFreedSpace"/>).
/// </summary>
public sealed class FreedSpaceScrubber(StorageOptions options)
{
    public async Task ScrubAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteCommands.OpenAsync(options, cancellationToken);
        foreach (var statement in SqlDialect.For(options).ScrubFreedSpace)
        {
            await SqliteCommands.ExecuteAsync(connection, statement, cancellationToken);
        }
    }
}
