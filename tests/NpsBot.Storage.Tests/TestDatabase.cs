using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Storage.Stores;
using NpsBot.Testing.Hosting;

namespace NpsBot.Storage.Tests;

/// <summary>
/// A database of its own (a file in a temporary folder, or a PostgreSQL database: see <see cref="TestStorage"/>), set
/// up as the host does; deleted on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private ServiceProvider _services;

    private TestDatabase(StorageOptions options, ServiceProvider services)
    {
        Options = options;
        _services = services;
    }

    public StorageOptions Options { get; }

    public SqliteTurnStore Store => _services.GetRequiredService<SqliteTurnStore>();

    public ResponseQueries Queries => _services.GetRequiredService<ResponseQueries>();

    public IServiceProvider Services => _services;

    /// <summary>
    /// A database on the provider the tests run on (<see cref="TestStorage"/>: a copy of the migrated template), or, when
    /// asked, a new SQLite file that the initializer migrates from nothing (<c>DatabaseInitializerTests</c>).
    /// </summary>
    public static async Task<TestDatabase> CreateAsync(bool sqlite = false)
    {
        var directory = Path.Combine(Path.GetTempPath(), "npsbot-storage-tests", Guid.NewGuid().ToString("N"));
        var options = sqlite ? new StorageOptions { DataDirectory = directory } : TestStorage.Options(directory);
        var database = new TestDatabase(options, Build(options));
        await database.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        return database;
    }

    public async Task<NpsBotDbContext> OpenContextAsync() =>
        await _services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    /// <summary>An open ADO.NET connection to the database, for tests that look at rows directly.</summary>
    public System.Data.Common.DbConnection OpenConnection()
    {
        System.Data.Common.DbConnection connection = Options.IsPostgres
            ? new Npgsql.NpgsqlConnection(Options.ResolveConnectionString())
            : new SqliteConnection(Options.ResolveConnectionString());
        connection.Open();
        return connection;
    }

    /// <summary>Closes everything (the store drains its queue) and opens the same file again, as a restart does.</summary>
    public async Task ReopenAsync()
    {
        await CloseAsync();
        _services = Build(Options);
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (Options.IsPostgres)
        {
            TestStorage.Delete(Options.DataDirectory);
        }

        var directory = Options.ResolveDirectory();
        if (directory is not null && Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private async Task CloseAsync()
    {
        await _services.DisposeAsync();
        if (!Options.IsPostgres)
        {
            using var connection = new SqliteConnection(Options.ResolveConnectionString());
            SqliteConnection.ClearPool(connection);
        }
    }

    private static ServiceProvider Build(StorageOptions options) =>
        new ServiceCollection().AddNpsBotStorage(options).BuildServiceProvider();
}
