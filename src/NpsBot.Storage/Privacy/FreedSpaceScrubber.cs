using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Makes deleted data unreadable in the file itself: SQLite leaves deleted rows in free pages and old page images in
/// the WAL. VACUUM rewrites the database without free space, and a TRUNCATE checkpoint empties the WAL. Costly on a
/// large file, so it runs only after a customer is forgotten, never per turn. On PostgreSQL, VACUUM FULL rewrites the
/// tables a customer leaves rows in (see <see cref="SqlDialect.ScrubFreedSpace"/>), once no transaction older than
/// the forget is left (<see cref="PostgresScrub"/>).
/// </summary>
public sealed class FreedSpaceScrubber(StorageOptions options)
{
    /// <summary>Scrubs; returns what may still hold deleted bytes (nothing, unless PostgreSQL could not scrub it all).</summary>
    public async Task<IReadOnlyList<string>> ScrubAsync(CancellationToken cancellationToken)
    {
        await using var connection = await SqliteCommands.OpenAsync(options, cancellationToken);
        if (options.IsPostgres)
        {
            return await PostgresScrub.RunAsync(connection, cancellationToken);
        }

        foreach (var statement in SqlDialect.For(options).ScrubFreedSpace)
        {
            await SqliteCommands.ExecuteAsync(connection, statement, cancellationToken);
        }

        return [];
    }
}
