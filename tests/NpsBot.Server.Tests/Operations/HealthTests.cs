using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using NpsBot.Server.Operations;
using NpsBot.Server.Work;
using NpsBot.Server.Tests.Support;
using NpsBot.Testing.Hosting;
using NpsBot.Storage;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Tests.Operations;

/// <summary>Liveness and readiness probes (issue 7, operations).</summary>
public sealed class HealthTests : IAsyncDisposable
{
    private readonly ServerFactory _server = new();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string path)
    {
        using var response = await _server.CreateClient().GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
        return (response.StatusCode, body);
    }

    [Fact]
    public async Task Live_ready_and_the_old_health_path_answer_healthy_on_a_migrated_database()
    {
        var live = await GetAsync("/health/live");
        var ready = await GetAsync("/health/ready");
        var old = await GetAsync("/health");

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.Status, live.Body.GetProperty("status").GetString()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (old.Status, old.Body.GetProperty("status").GetString()));
        Assert.Equal(HttpStatusCode.OK, ready.Status);
        Assert.Equal("Healthy", ready.Body.GetProperty("checks").GetProperty(DatabaseHealthCheck.Name).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Ready_fails_and_live_does_not_when_the_database_is_not_migrated()
    {
        await GetAsync("/health/live");
        // The server's database on the provider the tests run on (SQLite's file, or the test's PostgreSQL database).
        await using (var connection = TestStorage.OpenConnection(_server.DataDirectory))
        {
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE \"__EFMigrationsHistory\"";
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        var ready = await GetAsync("/health/ready");
        var live = await GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Status);
        Assert.Contains("not applied", ready.Body.GetProperty("checks").GetProperty(DatabaseHealthCheck.Name).GetProperty("description").GetString());
        Assert.Equal(HttpStatusCode.OK, live.Status);
    }

    [Fact]
    public async Task The_database_check_is_unhealthy_when_the_database_cannot_be_reached()
    {
        // On the provider the tests run on: a SQLite file in a folder that does not exist, or a PostgreSQL server whose
        // socket folder does not exist.
        var unreachable = Path.Combine(_server.DataDirectory, "no-such-folder", "deeper");
        var options = TestStorage.IsPostgres
            ? new DbContextOptionsBuilder<NpsBotDbContext>().UseNpgsql($"Host={unreachable};Database=npsbot;Username=npsbot;Timeout=5").Options
            : new DbContextOptionsBuilder<NpsBotDbContext>().UseSqlite($"Data Source={Path.Combine(unreachable, StorageOptions.DatabaseFileName)};Mode=ReadWrite").Options;
        var check = new DatabaseHealthCheck(new PooledDbContextFactory<NpsBotDbContext>(options));

        var result = await check.CheckHealthAsync(new HealthCheckContext(), TestContext.Current.CancellationToken);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("The database cannot be reached.", result.Description);
    }

    [Fact]
    public async Task Ready_fails_when_a_due_job_waits_past_the_stuck_limit_and_is_degraded_by_dead_letters()
    {
        await GetAsync("/health/live");
        var now = DateTime.UtcNow;

        // A dead letter only: still ready (200), degraded, so an operator sees it.
        await InsertWorkItemAsync(WorkItemStates.Dead, dueAt: now.AddHours(-2), leaseUntil: null);
        var degraded = await GetAsync("/health/ready");

        // A job due an hour ago and leased far ahead by an instance that no longer runs it: the queue is stuck.
        await InsertWorkItemAsync(WorkItemStates.Pending, dueAt: now.AddHours(-1), leaseUntil: now.AddDays(1));
        var stuck = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, degraded.Status);
        Assert.Equal("Degraded", degraded.Body.GetProperty("checks").GetProperty(WorkQueueHealthCheck.Name).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, stuck.Status);
        Assert.StartsWith("Stuck", stuck.Body.GetProperty("checks").GetProperty(WorkQueueHealthCheck.Name).GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private async Task InsertWorkItemAsync(string state, DateTime dueAt, DateTime? leaseUntil)
    {
        await using var connection = TestStorage.OpenConnection(_server.DataDirectory);
        await using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO work_items (kind, payload, order_key, due_at, attempts, last_error, state, lease_owner, lease_until, created_at)
            VALUES ('test.never-runs', '{}', NULL, @due, 1, NULL, @state, @owner, @until, @due)
            """;
        foreach (var (name, value) in new (string, object)[]
        {
            ("@due", dueAt), ("@state", state), ("@owner", leaseUntil is null ? DBNull.Value : "an-instance-that-died"), ("@until", (object?)leaseUntil ?? DBNull.Value),
        })
        {
            var parameter = insert.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            insert.Parameters.Add(parameter);
        }

        await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
