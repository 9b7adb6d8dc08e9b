using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Cli;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>Issue 7: forget-customer leaves no row naming the customer, keeps their score anonymised, and leaves others alone.</summary>
public sealed class ForgetCustomerTests : IAsyncLifetime
{
    private const string ForgottenName = "Ana Souza";
    private const string KeptName = "Bruno Keeps";
    private readonly ServerFactory _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        ServerFactory.DeleteData(_server.DataDirectory);
    }

    [Fact]
    public async Task Forget_customer_deletes_or_anonymises_every_row_of_theirs_and_says_what_remains()
    {
        var ct = TestContext.Current.CancellationToken;
        var forgotten = new BotClient(_server.CreateClient(), "forget-me", customerName: ForgottenName);
        var kept = new BotClient(_server.CreateClient(), "keep-me", customerName: KeptName);
        foreach (var customer in new[] { forgotten, kept })
        {
            await customer.JoinAsync(ct);
            await customer.SendAsync("3", ct);
            await customer.SendAsync(PersonalData.Sentence("Late again"), ct);
            await customer.SendAsync("the driver never rang", ct);
            await customer.SendAsync("yes", ct);
            await customer.SendAsync("No, thank you", ct);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var verb = ActivatorUtilities.CreateInstance<ForgetCustomerVerb>(_server.Services);

        var exit = await verb.RunAsync(["forget-customer", "--channel", "emulator", "--user", forgotten.User.Id!], output, error, ct);

        Assert.Equal(0, exit);
        Assert.Empty(error.ToString());
        var printed = output.ToString();
        Assert.Contains("deleted", printed, StringComparison.Ordinal);
        Assert.Contains("anonymised", printed, StringComparison.Ordinal);
        Assert.Contains("What remains", printed, StringComparison.Ordinal);
        Assert.Contains("Rows still naming the customer: 0", printed, StringComparison.Ordinal);
        Assert.Empty(await RowsContainingAsync(["forget-me", ForgottenName], ct));
        Assert.NotEmpty(await RowsContainingAsync(["keep-me", KeptName], ct));
        Assert.Empty(DataFolderScan.Find(_server.DataDirectory, ["forget-me", ForgottenName]));
        var responses = await _server.Services.GetRequiredService<ResponseQueries>().LatestAsync(10, ct);
        Assert.Equal(2, responses.Count);
        var anonymised = Assert.Single(responses, response => response.CustomerId is null);
        Assert.Equal((3, NpsCategory.Detractor), (anonymised.Score, anonymised.Category));
        Assert.Null(anonymised.Reason);
        Assert.Null(anonymised.FollowUpAnswer);
        Assert.Null(anonymised.CustomerName);
        Assert.Equal(TimeSpan.Zero, anonymised.UpdatedAt.TimeOfDay);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM cases", ct));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM case_events WHERE case_key NOT IN (SELECT case_key FROM cases)", ct));
        var other = Assert.Single(responses, response => response.CustomerId == kept.User.Id);
        Assert.Equal("the driver never rang", other.FollowUpAnswer);
    }

    [Fact]
    public async Task Forget_customer_without_a_channel_or_user_prints_its_usage()
    {
        var error = new StringWriter();
        var verb = ActivatorUtilities.CreateInstance<ForgetCustomerVerb>(_server.Services);

        var exit = await verb.RunAsync(["forget-customer", "--user", "someone"], new StringWriter(), error, TestContext.Current.CancellationToken);

        Assert.Equal(2, exit);
        Assert.Contains("--channel", error.ToString(), StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql, CancellationToken ct)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_server.DataDirectory, NpsBot.Storage.StorageOptions.DatabaseFileName)}");
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL of this test.
        command.CommandText = sql;
#pragma warning restore CA2100
        return (long)(await command.ExecuteScalarAsync(ct) ?? 0L);
    }

    /// <summary>"table.column" of every row, in every table and text column, that contains one of <paramref name="needles"/>.</summary>
    private async Task<IReadOnlyList<string>> RowsContainingAsync(IReadOnlyList<string> needles, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_server.DataDirectory, "npsbot.db")};Mode=ReadOnly");
        await connection.OpenAsync(cancellationToken);
        var columns = new List<(string Table, string Column)>();
        await using (var tables = connection.CreateCommand())
        {
            tables.CommandText = "SELECT m.name, p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'";
            await using var reader = await tables.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        var found = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var count = connection.CreateCommand();
#pragma warning disable CA2100 // Names come from the database's own catalogue.
            count.CommandText = $"SELECT count(*) FROM \"{table}\" WHERE " + string.Join(" OR ", needles.Select((_, i) => $"instr(CAST(\"{column}\" AS TEXT), $n{i}) > 0"));
#pragma warning restore CA2100
            for (var i = 0; i < needles.Count; i++)
            {
                count.Parameters.AddWithValue($"$n{i}", needles[i]);
            }

            if ((long)(await count.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                found.Add($"{table}.{column}");
            }
        }

        return found;
    }
}
