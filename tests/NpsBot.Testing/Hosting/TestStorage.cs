using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpsBot.Storage;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// The database the tests run on, chosen by one environment variable: <c>NPSBOT_TEST_STORAGE</c> unset or
/// <c>sqlite</c> (a file in the test's data folder, as always), or <c>postgres</c> with <c>NPSBOT_TEST_POSTGRES</c>, an
/// Npgsql connection string to a server where the tests may create databases (<c>scripts/postgres.sh start</c> runs
/// one; <c>eval "$(scripts/postgres.sh env)"</c> sets both). On PostgreSQL each data folder gets a database of its own
/// (named after the folder, so a restarted server or a second instance on the same folder shares it), created on first
/// use and dropped by <see cref="Delete"/>. On SQLite a data folder without a database gets a copy of a migrated
/// template file (<see cref="SqliteTemplate"/>), as each PostgreSQL database is a copy of a migrated template. PostgreSQL
/// asked for but missing is an exception, so the test fails. Shared by file link with the storage tests, which do not
/// reference the server.
/// </summary>
public static class TestStorage
{
    public const string ProviderVariable = "NPSBOT_TEST_STORAGE";
    public const string PostgresVariable = "NPSBOT_TEST_POSTGRES";

    private static readonly HashSet<string> Created = [];

    /// <summary>True when the tests run on PostgreSQL.</summary>
    public static bool IsPostgres => Environment.GetEnvironmentVariable(ProviderVariable)?.ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => false,
        "POSTGRES" or "POSTGRESQL" => true,
        var other => throw new InvalidOperationException($"{ProviderVariable}={other}: use sqlite or postgres."),
    };

    /// <summary>The storage settings of a server whose data folder is <paramref name="dataDirectory"/> (besides Storage:DataDirectory).</summary>
    public static IReadOnlyDictionary<string, string?> Settings(string dataDirectory)
    {
        if (!IsPostgres)
        {
            SqliteTemplate.CopyInto(dataDirectory);
            return new Dictionary<string, string?>();
        }

        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = StorageOptions.Postgres,
            ["Storage:ConnectionString"] = ConnectionString(dataDirectory),
        };
    }

    /// <summary>Storage options for a data folder: its SQLite file (a copy of the template if new), or its PostgreSQL database (created if new).</summary>
    public static StorageOptions Options(string dataDirectory)
    {
        if (IsPostgres)
        {
            return new StorageOptions { DataDirectory = dataDirectory, Provider = StorageOptions.Postgres, ConnectionString = ConnectionString(dataDirectory) };
        }

        SqliteTemplate.CopyInto(dataDirectory);
        return new StorageOptions { DataDirectory = dataDirectory };
    }

    /// <summary>An open connection to the data folder's database (its SQLite file, or its PostgreSQL database), unpooled.</summary>
    public static System.Data.Common.DbConnection OpenConnection(string dataDirectory)
    {
        System.Data.Common.DbConnection connection = IsPostgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString(dataDirectory)) { Pooling = false }.ToString())
            : new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, StorageOptions.DatabaseFileName)};Pooling=false");
        connection.Open();
        return connection;
    }

    /// <summary>Drops the data folder's PostgreSQL database, if the tests run on PostgreSQL (the folder is the caller's).</summary>
    public static void Delete(string dataDirectory)
    {
        if (!IsPostgres)
        {
            return;
        }

        var name = DatabaseName(dataDirectory);
        var connectionString = new NpgsqlConnectionStringBuilder(Server()) { Database = name }.ToString();
        using (var connection = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        lock (Created)
        {
            Created.Remove(name);
        }
    }

    private static string ConnectionString(string dataDirectory)
    {
        var name = DatabaseName(dataDirectory);
        lock (Created)
        {
            if (Created.Add(name))
            {
                if (Admin($"SELECT 1 FROM pg_database WHERE datname = '{name}'") is null)
                {
                    Admin($"CREATE DATABASE \"{name}\" TEMPLATE \"{Template.Value}\" STRATEGY FILE_COPY");
                }
            }
        }

        return new NpgsqlConnectionStringBuilder(Server()) { Database = name }.ToString();
    }

    // Every test database is a copy of one migrated template: a file copy of a few megabytes instead of a new database
    // plus every migration per test (the server's start-up then finds them all applied). FILE_COPY copies the files
    // (the default, WAL_LOG, writes the whole template through the WAL; neither was clearly faster in single timings
    // on the loaded test machine, 0.6-2 s each). One template per build of the
    // storage assembly (its module version id names it), made once per cluster: a lock across processes, and built
    // under another name, renamed when complete, so a half-made template is never copied.
    private static readonly Lazy<string> Template = new(() => Task.Run(CreateTemplateAsync).GetAwaiter().GetResult());

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "npsbot_template_" + Convert.ToHexStringLower(typeof(StorageOptions).Assembly.ManifestModule.ModuleVersionId.ToByteArray())[..24];
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Pooling = false }.ToString());
        await admin.OpenAsync();
        await using var lockCommand = new NpgsqlCommand("SELECT pg_advisory_lock(872341)", admin);
        await lockCommand.ExecuteNonQueryAsync();
        if (Admin($"SELECT 1 FROM pg_database WHERE datname = '{name}'") is not null)
        {
            return name;
        }

        var building = name + "_building";
        Admin($"DROP DATABASE IF EXISTS \"{building}\" WITH (FORCE)");
        Admin($"CREATE DATABASE \"{building}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(Server()) { Database = building, Pooling = false }.ToString();
        var options = new StorageOptions { DataDirectory = "", Provider = StorageOptions.Postgres, ConnectionString = connectionString };
        await using (var services = new ServiceCollection().AddNpsBotStorage(options).BuildServiceProvider())
        {
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(CancellationToken.None);
        }

        // EF's data source may keep a connection to it; a database still open to one cannot be renamed (nor copied).
        await using (var left = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(left);
        }

        Admin($"SELECT count(pg_terminate_backend(pid, 60000)) FROM pg_stat_activity WHERE datname = '{building}'");
        Admin($"ALTER DATABASE \"{building}\" RENAME TO \"{name}\"");
        return name;
    }

    private static string Server() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException(
                $"{ProviderVariable}=postgres but {PostgresVariable} is not set: run scripts/postgres.sh start, then eval \"$(scripts/postgres.sh env)\".");

    private static object? Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(Server()) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The database name is a hash of the folder's path (hex digits only).
        command.CommandText = sql;
#pragma warning restore CA2100
        return command.ExecuteScalar();
    }

    // Hex digits of the folder's full path: the same folder is the same database, and nothing to quote.
    private static string DatabaseName(string dataDirectory) =>
        "npsbot_test_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataDirectory))))[..24];
}
