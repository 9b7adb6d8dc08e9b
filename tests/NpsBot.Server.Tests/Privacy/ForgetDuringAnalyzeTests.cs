using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpsBot.Conversations.Privacy;
using NpsBot.Server.Privacy;
using NpsBot.Server.Tests.ScaleOut;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>
/// Issue 13: forgetting a customer on PostgreSQL while an ANALYZE that sampled their rows is still running (autovacuum
/// starts one whenever a table has changed enough). Forced here, not left to luck: a transaction on another connection
/// runs ANALYZE before the forget and keeps its snapshot (the customer's rows still live in it) until the erasers have
/// deleted; while it runs, VACUUM FULL must keep every deleted row version it may still read (the failure of the
/// merged full run: the customer's words in three relation files after the scrub). The forget must wait for it, then
/// scrub: nothing of the customer in any file of the database (pg_statistic included). Not yet a proof of the wait: the
/// ANALYZE's table lock also holds VACUUM FULL back until that transaction ends, so this test passed against the scrub
/// without the wait too (the second test does fail without the statistics step). Always on PostgreSQL, whatever the pass
/// (the race is PostgreSQL's own): the class's cluster, or the run's.
/// </summary>
public sealed class ForgetDuringAnalyzeTests(ScaleOutPostgres postgres) : IClassFixture<ScaleOutPostgres>
{
    private const string ForgottenName = "Ana Souza";
    private const string ForgottenAnswer = "my parcel sat in the rain";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A server on a new database of the test's own PostgreSQL cluster, with a data folder of its own.</summary>
    private (ServerFactory Server, string Database, string DataDirectory) ServerOnItsOwnDatabase()
    {
        var database = postgres.Server.CreateDatabase();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));
        var server = new ServerFactory(dataDirectory, new Dictionary<string, string?>
        {
            ["Storage:Provider"] = StorageOptions.Postgres,
            ["Storage:ConnectionString"] = database,
        });
        return (server, database, dataDirectory);
    }

    [Fact]
    public async Task Forget_waits_for_an_analyze_that_sampled_the_customer_and_then_leaves_nothing_of_them_in_the_files()
    {
        var (server, database, dataDirectory) = ServerOnItsOwnDatabase();
        try
        {
            var forgotten = new BotClient(server.CreateClient(), "forget-me", customerName: ForgottenName);
            var kept = new BotClient(server.CreateClient(), "keep-me", customerName: "Bruno Keeps");
            foreach (var (customer, answer) in new[] { (forgotten, ForgottenAnswer), (kept, "the driver never rang") })
            {
                await customer.JoinAsync(Ct);
                await customer.SendAsync("3", Ct);
                await customer.SendAsync("Late again", Ct);
                await customer.SendAsync(answer, Ct);
                await customer.SendAsync("yes", Ct);
                await customer.SendAsync("No, thank you", Ct);
            }

            string[] fragments = ["forget-me", ForgottenName, ForgottenAnswer];
            await using var analyze = Open(database);
            await using var sampling = await analyze.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Ct);
            // The table VACUUM FULL comes to last (it walks pg_class in its physical order): an ANALYZE holding that
            // table's lock does not stop the tables before it from being rewritten while its snapshot still sees the
            // customer's rows, as an autovacuum ANALYZE of any table would.
            var last = await Text(analyze, """
                SELECT c.relname::text FROM pg_class AS c JOIN pg_namespace AS n ON n.oid = c.relnamespace
                WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY c.ctid DESC LIMIT 1
                """);
            await Execute(analyze, $"ANALYZE \"{last}\"");

            var forget = server.Services.GetRequiredService<ForgetCustomerService>()
                .ForgetAsync(new CustomerIdentity("emulator", forgotten.User.Id!), Ct);

            // The erasers have committed (the customer's response is anonymised); the scrub must still be waiting.
            await WaitForErasersAsync(database, forget);

            Assert.False(forget.IsCompleted, "the forget scrubbed while an older ANALYZE was still running");
            await sampling.CommitAsync(Ct);
            var report = await forget.WaitAsync(Timeout, Ct);

            Assert.Equal(0, report.RowsStillNamingCustomer);
            Assert.DoesNotContain(report.Remaining, line => line.Contains("still open", StringComparison.Ordinal));
            await using var check = Open(database);
            var (found, files) = await StoredData.FindInPostgresFilesAsync(check, fragments, Ct);
            Assert.Empty(found);
            Assert.NotEmpty(files);
            var (keptFound, _) = await StoredData.FindInPostgresFilesAsync(check, ["keep-me"], Ct);
            Assert.NotEmpty(keptFound);
        }
        finally
        {
            await RemoveAsync(server, dataDirectory);
        }
    }

    [Fact]
    public async Task Forget_waits_for_a_writing_transaction_of_another_database_and_then_leaves_nothing_of_the_customer_in_the_files()
    {
        // A transaction holding a transaction id, in any database of the cluster, holds every snapshot's horizon back
        // (the scrub's own VACUUM FULL's too): the merged CI run's failure, another test database's write running while
        // the forget scrubbed. Without the wait, VACUUM FULL keeps the customer's deleted rows as "recently dead".
        var (server, database, dataDirectory) = ServerOnItsOwnDatabase();
        try
        {
            var forgotten = await DetractorAsync(server);

            await using var elsewhere = Open(postgres.Server.CreateDatabase());
            await using var writing = await elsewhere.BeginTransactionAsync(Ct);
            Assert.NotNull(await Text(elsewhere, "SELECT pg_current_xact_id()::text"));

            var forget = server.Services.GetRequiredService<ForgetCustomerService>()
                .ForgetAsync(new CustomerIdentity("emulator", forgotten.User.Id!), Ct);
            await WaitForErasersAsync(database, forget);

            await Task.Delay(TimeSpan.FromMilliseconds(500), Ct);
            Assert.False(forget.IsCompleted, "the forget scrubbed while another database's older write was still running");
            await writing.CommitAsync(Ct);
            var report = await forget.WaitAsync(Timeout, Ct);

            Assert.Equal(0, report.RowsStillNamingCustomer);
            Assert.DoesNotContain(report.Remaining, line => line.Contains("still open", StringComparison.Ordinal));
            await AssertNothingOfTheCustomerInTheFilesAsync(database);
        }
        finally
        {
            await RemoveAsync(server, dataDirectory);
        }
    }

    [Fact]
    public async Task Forgetting_the_only_customer_leaves_none_of_their_statistics_behind()
    {
        // ANALYZE of a table it leaves empty keeps the statistics the table had: the only customer's sample values.
        var (server, database, dataDirectory) = ServerOnItsOwnDatabase();
        try
        {
            var only = await DetractorAsync(server);
            await using (var analyze = Open(database))
            {
                await Execute(analyze, "ANALYZE");
                Assert.Contains(ForgottenAnswer, await Text(analyze, "SELECT string_agg(coalesce(most_common_vals::text, '') || coalesce(histogram_bounds::text, ''), ' ') FROM pg_stats WHERE schemaname = 'public'"));
            }

            var report = await server.Services.GetRequiredService<ForgetCustomerService>()
                .ForgetAsync(new CustomerIdentity("emulator", only.User.Id!), Ct).WaitAsync(Timeout, Ct);

            Assert.Equal(0, report.RowsStillNamingCustomer);
            await AssertNothingOfTheCustomerInTheFilesAsync(database);
        }
        finally
        {
            await RemoveAsync(server, dataDirectory);
        }
    }

    // The customer to forget: a detractor who gave their reason and answered the follow-up question.
    private static async Task<BotClient> DetractorAsync(ServerFactory server)
    {
        var customer = new BotClient(server.CreateClient(), "forget-me", customerName: ForgottenName);
        await customer.JoinAsync(Ct);
        await customer.SendAsync("3", Ct);
        await customer.SendAsync("Late again", Ct);
        await customer.SendAsync(ForgottenAnswer, Ct);
        return customer;
    }

    private static async Task AssertNothingOfTheCustomerInTheFilesAsync(string database)
    {
        await using var check = Open(database);
        var (found, files) = await StoredData.FindInPostgresFilesAsync(check, ["forget-me", ForgottenName, ForgottenAnswer], Ct);
        Assert.Empty(found);
        Assert.NotEmpty(files);
    }

    // Until the erasers have committed (the customer's response is anonymised), the forget must not have ended.
    private static async Task WaitForErasersAsync(string database, Task forget)
    {
        await using var reader = Open(database);
        var deadline = DateTime.UtcNow + Timeout;
        while (await Text(reader, "SELECT count(*)::text FROM survey_responses WHERE conversation_key LIKE 'forgotten|%'") != "1")
        {
            Assert.True(DateTime.UtcNow < deadline, "the erasers did not commit in time");
            Assert.False(forget.IsCompleted, "the forget ended before its erasers committed");
            await Task.Delay(20, Ct);
        }
    }

    private static async Task RemoveAsync(ServerFactory server, string dataDirectory)
    {
        await server.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        ServerFactory.DeleteData(dataDirectory);
    }

    private static NpgsqlConnection Open(string connectionString)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<string?> Text(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(Ct) as string;
    }
}
