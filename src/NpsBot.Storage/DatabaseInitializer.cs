using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NpsBot.Storage;

/// <summary>
/// Prepares the database at start-up: creates its folder, applies migrations, switches the file to WAL (SQLite).
/// On PostgreSQL it applies the migrations of <see cref="PostgresDbContext"/>; the database must exist.
/// </summary>
public sealed class DatabaseInitializer(IDbContextFactory<NpsBotDbContext> contexts, StorageOptions options)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var directory = options.ResolveDirectory();
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using (var context = await contexts.CreateDbContextAsync(cancellationToken))
        {
            if (options.IsPostgres)
            {
                // On a new PostgreSQL database EF reads the history table before it exists, which PostgreSQL answers with
                // an error that EF logs at Error level (then carries on). Creating it first (EF's own statement, IF NOT
                // EXISTS) keeps a normal first start free of errors in the log.
                var history = context.GetService<IHistoryRepository>();
                await context.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken);
            }

            await context.Database.MigrateAsync(cancellationToken);
        }

        if (options.IsPostgres)
        {
            return;
        }

        await using var connection = new SqliteConnection(options.ResolveConnectionString());
        await connection.OpenAsync(cancellationToken);

        // journal_mode is stored in the file: every later connection, in this process or another, uses WAL.
        var mode = await SqlitePragmas.ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken);
        if (directory is not null && !string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The database could not switch to WAL (journal_mode is '{mode}').");
        }

        await SqlitePragmas.SetDurableAsync(connection, cancellationToken);
    }
}
