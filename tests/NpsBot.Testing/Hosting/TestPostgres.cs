using System.Diagnostics;
using Npgsql;

namespace NpsBot.Testing.Hosting;

/// <summary>
/// A PostgreSQL server for the tests that always run on PostgreSQL whatever the pass (the scale-out and concurrent
/// writer tests): <c>NPSBOT_TEST_POSTGRES</c> when set, otherwise a throwaway cluster of its own started by
/// <c>scripts/postgres.sh</c> (its own state file, so the suite's cluster is untouched) and stopped on dispose.
/// PostgreSQL that cannot be had fails the test: never a skip. Shared by file link with the storage tests.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    private readonly string? _state;
    private readonly List<string> _databases = [];

    private TestPostgres(string connectionString, string? state)
    {
        ServerConnectionString = connectionString;
        _state = state;
    }

    /// <summary>The server's connection string (its default database), for creating databases.</summary>
    public string ServerConnectionString { get; }

    public static async Task<TestPostgres> StartAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(TestStorage.PostgresVariable) is { Length: > 0 } given)
        {
            return new TestPostgres(given, null);
        }

        var state = Path.Combine(Path.GetTempPath(), "npsbot-postgres-test-" + Guid.NewGuid().ToString("N"));
        var started = await ScriptAsync("start", state, cancellationToken);
        return new TestPostgres(started.Trim(), state);
    }

    /// <summary>A new empty database; its connection string. Dropped on dispose.</summary>
    public string CreateDatabase()
    {
        var name = "npsbot_test_" + Guid.NewGuid().ToString("N")[..24];
        Admin($"CREATE DATABASE \"{name}\"");
        lock (_databases)
        {
            _databases.Add(name);
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = name }.ToString();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_state is not null)
        {
            await ScriptAsync("stop", _state, CancellationToken.None);
            return;
        }

        foreach (var name in _databases)
        {
            Admin($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }
    }

    private void Admin(string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The database name is made of hex digits here.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    private static async Task<string> ScriptAsync(string verb, string state, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", "postgres.sh"));
        start.ArgumentList.Add(verb);
        start.Environment["NPSBOT_POSTGRES_STATE"] = state;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);

        // Installing PostgreSQL from Debian's packages on a new machine takes a while; a hang still fails.
        await process.WaitForExitAsync(cancellationToken).WaitAsync(TimeSpan.FromMinutes(5), cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh {verb} failed ({process.ExitCode}): {await error}");
        }

        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "scripts", "postgres.sh")))
            {
                return directory.FullName;
            }
        }

        throw new FileNotFoundException("scripts/postgres.sh not found above " + AppContext.BaseDirectory);
    }
}
