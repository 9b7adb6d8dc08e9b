using NpsBot.Storage.Dialects;

namespace NpsBot.Storage.Privacy;

/// <summary>
/// Removes the encrypted raw text of transcript lines older than the retention (Privacy:RawTextRetention); the
/// redacted text stays. Idempotent, so it can run as a periodic job on any instance.
/// </summary>
public sealed class RawTextPurger(StorageOptions options)
{
    // `at` is in Unix milliseconds. SQLite zeroes the freed bytes (secure_delete) and drops the WAL's old pages after (see SqliteDialect).
    private const string Purge = "UPDATE transcript_entries SET raw_text = NULL WHERE raw_text IS NOT NULL AND at < $cutoff";

    /// <summary>Purges raw text written before <paramref name="cutoff"/>; returns the number of lines purged.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var dialect = SqlDialect.For(options);
        await using var connection = await SqliteCommands.OpenAsync(options, cancellationToken);
        if (dialect.BeforeRawTextPurge is { } before)
        {
            await SqliteCommands.ExecuteAsync(connection, before, cancellationToken);
        }

        var purged = await SqliteCommands.ExecuteAsync(connection, Purge, cancellationToken, ("$cutoff", cutoff.ToUnixTimeMilliseconds()));
        if (purged > 0 && dialect.AfterRawTextPurge is { } after)
        {
            await SqliteCommands.ExecuteAsync(connection, after, cancellationToken);
        }

        return purged;
    }
}
