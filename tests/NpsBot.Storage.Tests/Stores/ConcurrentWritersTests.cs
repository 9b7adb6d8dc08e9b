using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpsBot.Conversations.Runner;
using NpsBot.Storage.Stores;
using NpsBot.Testing.Hosting;

namespace NpsBot.Storage.Tests.Stores;

/// <summary>
/// Two instances' turn writers on one PostgreSQL database (issue 13): batches that touch the same conversations in
/// opposite orders never deadlock (each batch writes in key order), and a batch that does lose a deadlock to another
/// transaction is rolled back and written again, so no turn fails for it. Always on PostgreSQL: the cluster is started
/// for the class when the run gives none (<see cref="TestPostgres"/>).
/// </summary>
public sealed class ConcurrentWritersTests(ConcurrentWritersTests.Server server) : IClassFixture<ConcurrentWritersTests.Server>
{
    private const int Conversations = 12;
    private const int Rounds = 15;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_writers_committing_the_same_conversations_in_opposite_orders_lose_no_turn_to_a_deadlock()
    {
        await using var instances = await Instances.CreateAsync(server.Postgres);
        var ids = Enumerable.Range(0, Conversations).Select(i => $"shared-{i:00}").ToList();
        foreach (var id in ids)
        {
            await instances.A.CommitAsync(Turns.Commit(id, 0, inbound: Turns.Inbound(id, $"{id}-0", userId: $"user-{id}")), Ct);
        }

        // Each round both instances queue one turn for every conversation at once (one batch, or a few), A in
        // ascending and B in descending order: without key order their row locks would cross.
        var failures = new List<Exception>();
        var committed = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var attempts = ids.Select(id => Commit(instances.A, id, $"a{round}"))
                .Concat(ids.AsEnumerable().Reverse().Select(id => Commit(instances.B, id, $"b{round}")))
                .ToList();
            foreach (var attempt in attempts)
            {
                try
                {
                    await attempt;
                    committed++;
                }
                catch (TurnConflictException)
                {
                    // The other instance saved that conversation first: the runner would rerun the turn.
                }
                catch (Exception ex)
                {
                    failures.Add(ex);
                }
            }
        }

        Assert.Empty(failures);
        var versions = 0L;
        foreach (var id in ids)
        {
            versions += (await instances.A.LoadAsync(Turns.Key(id), Ct))!.Version;
        }

        // Every commit that answered success is one version (no lost update), and every round saved each conversation.
        Assert.Equal(Conversations + committed, versions);
        Assert.True(committed >= Conversations * Rounds, $"{committed} commits in {Rounds} rounds of {Conversations} conversations");
    }

    [Fact]
    public async Task A_batch_chosen_as_the_deadlock_victim_is_rolled_back_whole_and_written_again()
    {
        await using var instances = await Instances.CreateAsync(server.Postgres);
        await instances.A.CommitAsync(Turns.Commit("victim", 0, inbound: Turns.Inbound("victim", "victim-0", userId: "crossed")), Ct);

        // Another instance's transaction holds the customer row the turn will upsert, and waits long before it looks
        // for deadlocks, so the writer (3 s, set for the database) is the one chosen as the victim.
        await using var other = new NpgsqlConnection(instances.ConnectionString);
        await other.OpenAsync(Ct);
        await using var transaction = await other.BeginTransactionAsync(Ct);
        await Execute(other, "SET LOCAL deadlock_timeout = '60s'");
        await Execute(other, "SELECT 1 FROM customers WHERE channel_user_id = 'crossed' FOR UPDATE");

        // The turn locks its conversation row, then waits for the customer row.
        var turn = instances.A.CommitAsync(Turns.Commit("victim", 1, inbound: Turns.Inbound("victim", "victim-1", userId: "crossed")), Ct);
        await WaitForLockWaitAsync(instances.ConnectionString);

        // The other transaction now wants the conversation row: a cycle. The writer's batch is aborted (40P01), which
        // lets this statement through; the retried batch waits for this transaction's end, then commits.
        await Execute(other, $"SELECT 1 FROM conversations WHERE conversation_key = '{Turns.Key("victim")}' FOR UPDATE");
        await transaction.RollbackAsync(Ct);
        await turn.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.True(instances.A.RetriedBatches >= 1, "the deadlocked batch was not retried");
        Assert.Equal(2, (await instances.A.LoadAsync(Turns.Key("victim"), Ct))!.Version);
    }

    [Fact]
    public async Task A_writer_commits_only_while_no_other_writer_holds_the_writers_lock()
    {
        await using var instances = await Instances.CreateAsync(server.Postgres);
        await instances.A.CommitAsync(Turns.Commit("queued", 0), Ct);

        // Another instance's writer inside its transaction: the lock every writer takes first (PostgresDialect.WritersLock).
        await using var other = new NpgsqlConnection(instances.ConnectionString);
        await other.OpenAsync(Ct);
        await using var transaction = await other.BeginTransactionAsync(Ct);
        await Execute(other, "SELECT pg_advisory_xact_lock(20261204)");

        var turn = instances.A.CommitAsync(Turns.Commit("queued", 1), Ct);
        await WaitForLockWaitAsync(instances.ConnectionString);
        Assert.False(turn.IsCompleted);

        await transaction.CommitAsync(Ct);
        await turn.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(2, (await instances.A.LoadAsync(Turns.Key("queued"), Ct))!.Version);
    }

    // A turn as the runner makes it: the state as loaded, then the commit expecting that version.
    private static async Task Commit(SqliteTurnStore store, string id, string activity)
    {
        var loaded = await store.LoadAsync(Turns.Key(id), Ct);
        await store.CommitAsync(Turns.Commit(id, loaded!.Version, inbound: Turns.Inbound(id, $"{id}-{activity}", userId: $"user-{id}")), Ct);
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
#pragma warning disable CA2100 // Constant SQL of the test.
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(Ct);
    }

    // Until a backend of the database waits for a row lock (the writer, blocked on the customer row); 30 s at most.
    private static async Task WaitForLockWaitAsync(string connectionString)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        await using var probe = new NpgsqlConnection(connectionString);
        await probe.OpenAsync(Ct);
        while (true)
        {
            await using var command = new NpgsqlCommand(
                "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", probe);
            if ((long)(await command.ExecuteScalarAsync(Ct))! > 0)
            {
                return;
            }

            try
            {
                await Task.Delay(20, limit.Token);
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                Assert.Fail("the turn never waited for the customer row");
            }
        }
    }

    /// <summary>The PostgreSQL server of the class.</summary>
    public sealed class Server : IAsyncLifetime
    {
        public TestPostgres Postgres { get; private set; } = null!;

        public async ValueTask InitializeAsync() => Postgres = await TestPostgres.StartAsync(TestContext.Current.CancellationToken);

        public ValueTask DisposeAsync() => Postgres.DisposeAsync();
    }

    /// <summary>Two instances' storage (each its own turn store and writer connection) on one new database.</summary>
    private sealed class Instances : IAsyncDisposable
    {
        private readonly ServiceProvider _a;
        private readonly ServiceProvider _b;
        private readonly string _directory;

        private Instances(ServiceProvider a, ServiceProvider b, string connectionString, string directory)
        {
            _a = a;
            _b = b;
            ConnectionString = connectionString;
            _directory = directory;
        }

        public string ConnectionString { get; }

        public SqliteTurnStore A => _a.GetRequiredService<SqliteTurnStore>();

        public SqliteTurnStore B => _b.GetRequiredService<SqliteTurnStore>();

        public static async Task<Instances> CreateAsync(TestPostgres postgres)
        {
            var directory = Path.Combine(Path.GetTempPath(), "npsbot-storage-tests", Guid.NewGuid().ToString("N"));
            var options = new StorageOptions { DataDirectory = directory, Provider = StorageOptions.Postgres, ConnectionString = postgres.CreateDatabase() };

            // The writers' deadlock check after 3 s of waiting (PostgreSQL's default is 1 s): room for the victim test
            // to close its cycle on a loaded machine before the writer looks.
            await using (var setup = new NpgsqlConnection(options.ConnectionString))
            {
                await setup.OpenAsync(Ct);
                await Execute(setup, "DO $$ BEGIN EXECUTE format('ALTER DATABASE %I SET deadlock_timeout = ''3s''', current_database()); END $$");
            }

            var a = new ServiceCollection().AddNpsBotStorage(options).BuildServiceProvider();
            await a.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);
            var b = new ServiceCollection().AddNpsBotStorage(options).BuildServiceProvider();
            return new Instances(a, b, options.ConnectionString!, directory);
        }

        public async ValueTask DisposeAsync()
        {
            await _a.DisposeAsync();
            await _b.DisposeAsync();
            if (Directory.Exists(_directory))
            {
                Directory.Delete(_directory, recursive: true);
            }
        }
    }
}
