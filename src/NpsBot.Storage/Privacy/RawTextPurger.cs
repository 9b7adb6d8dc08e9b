using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Removes the encrypted raw text of transcript lines older than the retention (Privacy:RawTextRetention); the
/// redacted text stays. Idempotent, so it can run as a periodic job on any instance.
/// </summary>
public sealed class RawTextPurger(StorageOptions options)
{
    // secure_delete zeroes the freed bytes in the file instead of leaving them in free space; the TRUNCATE checkpoint
    // then drops the WAL's copies of the old pages. Cheaper than a VACUUM, which this runs too often to afford.
    private const string SecureDelete = "PRAGMA secure_delete = ON;";
    private const string Purge = "UPDATE transcript_entries SET raw_text = NULL WHERE raw_text IS NOT NULL AND at < $cutoff";

    /// <summary>Purges raw text written before <paramref name="cutoff"/>; returns the number of lines purged.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(options.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);
        await SqlitePragmas.ExecuteAsync(connection, SecureDelete, cancellationToken);
        var purged = await SqliteCommands.ExecuteAsync(connection, Purge, cancellationToken, ("$cutoff", cutoff.UtcDateTime));
        if (purged > 0)
        {
            await SqlitePragmas.ExecuteAsync(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        return purged;
    }
}
