using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NpsBot.Storage.Tests;

/// <summary>
/// A test of one SQLite migration on data written before it: each database a file in a temporary folder of the test's
/// own, migrated up to the migration before the one under test, then filled by the test and migrated on (or back).
/// </summary>
public abstract class SqliteMigrationTest : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("npsbot-migration-").FullName;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A context on the file <paramref name="file"/> of this test's folder, migrated up to <paramref name="migration"/>.</summary>
    protected async Task<NpsBotDbContext> OpenAtAsync(string file, string migration)
    {
        var connectionString = $"Data Source={Path.Combine(_folder, file)};Pooling=false";
        var context = new NpsBotDbContext(new DbContextOptionsBuilder<NpsBotDbContext>().UseSqlite(connectionString).Options);
        await context.GetService<IMigrator>().MigrateAsync(migration, Ct);
        return context;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
