using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Cli;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>Issue 7: forget-customer leaves no row naming the customer, keeps their score anonymised, and leaves others alone.</summary>
public sealed class ForgetCustomerTests : IAsyncDisposable
{
    private const string ForgottenName = "Ana Souza";
    private const string KeptName = "Bruno Keeps";
    private readonly ServerFactory _server = new();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

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
        Assert.Empty(await StoredData.FindInRowsAsync(_server.DataDirectory, ["forget-me", ForgottenName], ct));
        Assert.NotEmpty(await StoredData.FindInRowsAsync(_server.DataDirectory, ["keep-me", KeptName], ct));

        // The database's files too (SQLite: file, free pages and WAL; PostgreSQL: the database's files, dead row versions included).
        var (inFiles, files) = await StoredData.FindInFilesAsync(_server.DataDirectory, ["forget-me", ForgottenName], ct);
        Assert.Empty(inFiles);
        Assert.NotEmpty(files);
        var responses = await _server.Services.GetRequiredService<ResponseQueries>().LatestAsync(10, ct);
        Assert.Equal(2, responses.Count);
        var anonymised = Assert.Single(responses, response => response.CustomerId is null);
        Assert.Equal((3, NpsCategory.Detractor), (anonymised.Score, anonymised.Category));
        Assert.Null(anonymised.Reason);
        Assert.Null(anonymised.FollowUpAnswer);
        Assert.Null(anonymised.CustomerName);
        Assert.Equal((TimeSpan.Zero, TimeSpan.Zero), (anonymised.StartedAt.TimeOfDay, anonymised.UpdatedAt.TimeOfDay));
        Assert.Equal(1, await StoredData.CountAsync(_server.DataDirectory, "SELECT count(*) FROM cases", ct));
        Assert.Equal(0, await StoredData.CountAsync(_server.DataDirectory, "SELECT count(*) FROM case_events WHERE case_id NOT IN (SELECT id FROM cases)", ct));
        var other = Assert.Single(responses, response => response.CustomerId == kept.User.Id);
        Assert.Equal("the driver never rang", other.FollowUpAnswer);
        Assert.Equal(other.StartedAt.UtcDateTime.Date, anonymised.StartedAt.UtcDateTime);
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
}
