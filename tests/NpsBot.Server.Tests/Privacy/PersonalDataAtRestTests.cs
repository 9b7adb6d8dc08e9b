using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;
using NpsBot.Surveys.Scoring;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>
/// Issue 7: a conversation full of personal data, through the real server, leaves none of it at rest: not in the
/// database's files (SQLite's file and WAL, or the PostgreSQL database's files), not in any row, not in the data folder.
/// </summary>
public sealed class PersonalDataAtRestTests : IAsyncDisposable
{
    private readonly CapturedLogs _logs = new();
    private readonly ServerFactory _server;

    public PersonalDataAtRestTests() =>
        _server = new ServerFactory(configure: builder => builder.ConfigureLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task No_file_of_the_data_folder_and_no_log_message_holds_what_the_customer_typed()
    {
        var ct = TestContext.Current.CancellationToken;
        var finished = new BotClient(_server.CreateClient(), "pii-finished", customerName: "Ana Souza");
        await finished.JoinAsync(ct);
        await finished.SendAsync("3", ct);
        await finished.SendAsync(PersonalData.Sentence("You charged me twice"), ct);
        var acknowledged = await finished.SendAsync(PersonalData.Sentence("Refund it"), ct);
        await finished.SendAsync("yes", ct);
        await finished.SendAsync(PersonalData.Sentence("One more thing"), ct);

        // Left waiting at the follow-up question: its reason is in the conversation's state and in its in-progress response row.
        var waiting = new BotClient(_server.CreateClient(), "pii-waiting");
        await waiting.JoinAsync(ct);
        await waiting.SendAsync("2", ct);
        await waiting.SendAsync(PersonalData.Sentence("Awful"), ct);
        var (whileRunning, filesWhileRunning) = await StoredData.FindInFilesAsync(_server.DataDirectory, PersonalData.Fragments, ct);
        var inRows = await StoredData.FindInRowsAsync(_server.DataDirectory, PersonalData.Fragments, ct);
        var responses = await _server.Services.GetRequiredService<ResponseQueries>().LatestAsync(10, ct);
        var response = Assert.Single(responses, row => row.Score == 3);
        var inProgress = Assert.Single(responses, row => row.Score == 2);
        var encrypted = await StoredData.CountAsync(_server.DataDirectory, "SELECT count(*) FROM transcript_entries WHERE raw_text IS NOT NULL", ct);
        await _server.DisposeAsync();
        var (afterStop, _) = await StoredData.FindInFilesAsync(_server.DataDirectory, PersonalData.Fragments, ct);

        Assert.Empty(whileRunning);
        Assert.Empty(inRows);
        Assert.Empty(afterStop);
        Assert.Equal(NpsCategory.Detractor, response.Category);
        Assert.Equal("You charged me twice: card [card], mail [email], phone [phone], iban [iban]", response.Reason);
        Assert.Equal("Refund it: card [card], mail [email], phone [phone], iban [iban]", response.FollowUpAnswer);
        Assert.Equal("Awful: card [card], mail [email], phone [phone], iban [iban]", inProgress.Reason);
        Assert.NotEmpty(BotClient.Text(acknowledged));
        Assert.Empty(PersonalData.FoundIn(BotClient.Text(acknowledged)));
        Assert.Equal(4, encrypted);
        if (TestStorage.IsPostgres)
        {
            Assert.Contains(filesWhileRunning, file => file.StartsWith("postgres:", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(filesWhileRunning, file => file.EndsWith("npsbot.db-wal", StringComparison.Ordinal));
        }

        Assert.Contains(filesWhileRunning, file => file.StartsWith("keys", StringComparison.Ordinal));
        Assert.NotEmpty(_logs.Messages);
        Assert.Empty(_logs.Messages.SelectMany(PersonalData.FoundIn));
    }

    [Fact]
    public void The_removed_setting_that_turned_redaction_off_stops_the_server_at_start()
    {
        using var server = new ServerFactory(settings: new Dictionary<string, string?> { ["Language:RedactTranscripts"] = "false" });

        var failure = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        Assert.Contains("Language:RedactTranscripts", failure.ToString(), StringComparison.Ordinal);
        ServerFactory.DeleteData(server.DataDirectory);
    }
}
