using System.Data.Common;
using Npgsql;
using NpsBot.Storage;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>
/// The one database two server processes share, named by the test (not by the pass's <see cref="TestStorage"/>): the
/// SQLite file of their data folder, or a PostgreSQL database of the class's <see cref="TestPostgres"/> server. Its
/// settings come after the pass's on the command line, so they win.
/// </summary>
public sealed class InstanceStorage
{
    private readonly Func<DbConnection> _open;

    private InstanceStorage(string provider, IReadOnlyDictionary<string, string> settings, Func<DbConnection> open)
    {
        Provider = provider;
        Settings = settings;
        _open = open;
    }

    public string Provider { get; }

    /// <summary>Storage:Provider and Storage:ConnectionString for both servers.</summary>
    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <summary>The database for <paramref name="provider"/> (<c>sqlite</c> or <c>postgres</c>).</summary>
    public static InstanceStorage For(string provider, string dataDirectory, TestPostgres postgres) => provider switch
    {
        StorageOptions.Sqlite => new InstanceStorage(
            provider,
            new Dictionary<string, string> { ["Storage:Provider"] = StorageOptions.Sqlite, ["Storage:ConnectionString"] = "" },
            () => new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(dataDirectory, StorageOptions.DatabaseFileName)};Pooling=false")),
        StorageOptions.Postgres => Postgres(postgres.CreateDatabase()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "sqlite or postgres"),
    };

    /// <summary>An open unpooled connection, for reading what the servers committed.</summary>
    public DbConnection Open()
    {
        var connection = _open();
        connection.Open();
        return connection;
    }

    private static InstanceStorage Postgres(string connectionString) => new(
        StorageOptions.Postgres,
        new Dictionary<string, string> { ["Storage:Provider"] = StorageOptions.Postgres, ["Storage:ConnectionString"] = connectionString },
        () => new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString()));
}
