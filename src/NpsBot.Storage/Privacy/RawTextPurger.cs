using Microsoft.Data.Sqlite;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Removes the encrypted raw text of transcript lines older than the retention (Privacy:RawTextRetention); the
/// redacted text stays. Scrubs the freed space afterwards when anything was removed. Idempotent, so it can run as a
/// periodic job on any instance.
/// </summary>
public sealed class RawTextPurger(StorageOptions options, FreedSpaceScrubber scrubber)
{
    private const string Purge = "UPDATE transcript_entries SET raw_text = NULL WHERE raw_text IS NOT NULL AND at < $cutoff";

    /// <summary>Purges raw text written before <paramref name="cutoff"/>; returns the number of lines purged.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        int purged;
        await using (var connection = new SqliteConnection(options.ResolveConnectionString()))
        {
            await connection.OpenAsync(cancellationToken);
            purged = await SqliteCommands.ExecuteAsync(connection, Purge, cancellationToken, ("$cutoff", cutoff.UtcDateTime));
        }

        if (purged > 0)
        {
            await scrubber.ScrubAsync(cancellationToken);
        }

        return purged;
    }
}
