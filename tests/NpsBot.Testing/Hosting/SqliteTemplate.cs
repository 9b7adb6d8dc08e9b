using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Storage;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The SQLite counterpart of <see cref="TestStorage"/>'s PostgreSQL template: one database file migrated once per test
/// process, by the same <see cref="DatabaseInitializer"/> a server runs at start-up (every migration, then WAL, which
/// the file keeps), and copied into each new data folder before its server starts. The server's own initializer then
/// finds every migration applied, instead of applying them all again for each of the hundreds of servers a test project
/// starts. A folder that already has a database (a restarted server, a test's own older file) is left as it is. Shared
/// by file link with the storage tests, which do not reference the server.
/// </summary>
public static class SqliteTemplate
{
    private static readonly Lazy<string> Template = new(() => Task.Run(CreateAsync).GetAwaiter().GetResult());

    /// <summary>Puts a copy of the migrated template into <paramref name="dataDirectory"/> unless it has a database already.</summary>
    public static void CopyInto(string dataDirectory)
    {
        var target = Path.Combine(dataDirectory, StorageOptions.DatabaseFileName);
        if (File.Exists(target) || File.Exists(target + "-wal"))
        {
            return;
        }

        var template = Template.Value;
        Directory.CreateDirectory(dataDirectory);
        try
        {
            File.Copy(template, target);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another server on the same folder (a second instance) copied it first: the same file.
        }
    }

    private static async Task<string> CreateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("npsbot-sqlite-template-").FullName;
        var options = new StorageOptions { DataDirectory = directory };
        await using (var services = new ServiceCollection().AddNpsBotStorage(options).BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        // The last connection to close checkpoints the WAL into the file and deletes it: the file alone is the database.
        using (var connection = new SqliteConnection(options.ResolveConnectionString()))
        {
            SqliteConnection.ClearPool(connection);
        }

        var file = Path.Combine(directory, StorageOptions.DatabaseFileName);
        if (File.Exists(file + "-wal"))
        {
            throw new InvalidOperationException($"The SQLite template {file} still has a WAL file after its last connection closed.");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // A temp folder left behind is harmless.
            }
        };
        return file;
    }
}
