using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Tests.Webhooks;
using NpsBot.Server.Tests.Work;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>
/// What a customer typed (and an agent wrote back to them) over every delivery mode — expectReplies, 202 with
/// <c>reply.deliver</c> jobs to a local sink, Web Chat over Direct Line — with an agent's reply in each and a webhook
/// subscribed: once every job has run, no raw e-mail, phone, card number or name is in the database file, its WAL or
/// any column of any table.
/// </summary>
public sealed class CustomerTextAcrossDeliveryModesTests : IAsyncLifetime
{
    private const string FirstName = "Zebulon";
    private const string LastName = "Quartermaine";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private static readonly string[] Fragments = [.. PersonalData.Fragments, FirstName, LastName];

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["WorkQueue:PollInterval"] = "00:00:00.100",
        ["Webhooks:AllowPrivateTargets"] = "true",
    };

    private readonly ServerFactory _server = new(settings: Settings);
    private ReplySink _sink = null!;
    private WebhookReceiver _receiver = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IAgentWorkspace Desk => _server.Services.GetRequiredService<IAgentWorkspace>();

    public async ValueTask InitializeAsync()
    {
        _sink = await ReplySink.StartAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _server.DisposeAsync();
        await _sink.DisposeAsync();
        await _receiver.DisposeAsync();
        ServerFactory.DeleteData(_server.DataDirectory);
    }

    [Fact]
    public async Task Nothing_the_customer_typed_or_the_agent_wrote_back_is_at_rest_in_clear_after_the_jobs_ran()
    {
        var http = _server.CreateClient();
        var hook = await _server.Services.GetRequiredService<IWebhookSubscriptions>()
            .AddAsync(_receiver.Url, [WebhookEvents.CaseOpened, WebhookEvents.ResponseCompleted], Ct);
        _receiver.Secret = hook.Secret;

        // expectReplies: the replies in the response body; the agent's reply later goes out as a reply.deliver job.
        var expecting = new BotClient(http, "pii-expect");
        await foreach (var text in CustomerSays())
        {
            await expecting.PostAsync(expecting.Activity(ActivityTypes.Message) with { Text = text, ServiceUrl = _sink.ServiceUrl("ok") }, Ct);
        }

        // 202: every reply goes out through reply.deliver to the sink.
        var accepted = new BotClient(http, "pii-accepted");
        await foreach (var text in CustomerSays())
        {
            Assert.True(await Accepted.PostAsync(http, Accepted.Message(accepted, text, _sink.ServiceUrl("ok")), Ct));
        }

        await WaitAsync(async () => await PendingDeliveriesAsync() == 0);
        Assert.Contains(_sink.Received, r => r.ConversationId == "pii-accepted");

        // Web Chat over Direct Line: the log is encrypted, the agent's reply a directline.deliver job.
        var webChat = await WebChatCustomer.StartAsync(http);
        await foreach (var text in CustomerSays())
        {
            await webChat.PostAsync(text);
        }

        var queue = await Desk.QueueAsync(Maria, QueueView.Unassigned, Ct);
        Assert.Equal(3, queue.Count);
        foreach (var entry in queue)
        {
            Assert.True((await Desk.ClaimAsync(Maria, entry.CaseKey, Ct)).Succeeded);
            var sent = await Desk.SendAsync(Maria, entry.CaseKey, AgentReply, Ct);
            Assert.True(sent.Succeeded, sent.Message);
        }

        // The agent's words reached each customer in clear: the test is not passing because nothing was sent.
        await WaitAsync(() => Task.FromResult(
            _sink.Received.Count(r => (r.Reply.Text ?? "").Contains(PersonalData.Email, StringComparison.Ordinal)) == 2));
        await WaitAsync(async () => (await webChat.BotTextsAsync()).Any(t => t.Contains(PersonalData.Email, StringComparison.Ordinal)));
        var webhook = await _receiver.NextAsync(Patience);
        Assert.True(webhook.SignatureValid);
        await WaitAsync(async () => await PendingDeliveriesAsync() == 0);

        var inTables = await TablesHoldingAsync();
        var inFiles = DataFolderScan.Find(_server.DataDirectory, Fragments);
        var files = DataFolderScan.Files(_server.DataDirectory);

        Assert.Empty(inTables);
        Assert.Empty(inFiles);
        Assert.Contains(files, file => file.EndsWith("npsbot.db-wal", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith("npsbot.db", StringComparison.Ordinal));
    }

    private static string AgentReply =>
        $"Dear Mr. {LastName}, I refunded the card {PersonalData.Card}; I will write to {PersonalData.Email} or call {PersonalData.Phone}.";

    /// <summary>A detractor who gives away their name, card, e-mail, phone and IBAN, then asks for a person.</summary>
    private static async IAsyncEnumerable<string> CustomerSays()
    {
        await Task.CompletedTask;

        // A Bot Framework conversation posted to without a conversationUpdate starts at its first message (the greeting and
        // the question come back); in Web Chat the survey has started, and "hi" is re-asked as not a score.
        yield return "hi";
        yield return "2";
        yield return PersonalData.Sentence($"My name is {FirstName} {LastName} and the parcel never came");
        yield return PersonalData.Sentence("Still waiting, reach me");
        yield return "I want to talk to a person";
    }

    private async Task<long> PendingDeliveriesAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM work_items WHERE kind IN ('reply.deliver', 'directline.deliver', 'webhook.event', 'webhook.deliver')";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>Every column of every row of every table, text and blobs alike, searched for the fragments.</summary>
    private async Task<IReadOnlyList<string>> TablesHoldingAsync()
    {
        await using var connection = await OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        Assert.Contains("processed_activities", tables);
        Assert.Contains("work_items", tables);
        var patterns = PersonalData.Patterns(Fragments).ToList();
        var found = new List<string>();
        foreach (var table in tables)
        {
            await using var dump = connection.CreateCommand();
            dump.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await dump.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                for (var column = 0; column < reader.FieldCount; column++)
                {
                    var bytes = reader.GetValue(column) switch
                    {
                        string text => System.Text.Encoding.UTF8.GetBytes(text),
                        byte[] blob => blob,
                        _ => [],
                    };
                    found.AddRange(patterns
                        .Where(p => bytes.AsSpan().IndexOf(p.Bytes) >= 0)
                        .Select(p => $"{table}.{reader.GetName(column)}: '{p.Fragment}' ({p.Encoding})"));
                }
            }
        }

        return found;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_server.DataDirectory, "npsbot.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        return connection;
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        while (!await condition())
        {
            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                Assert.Fail($"The condition did not hold within {Patience}.");
            }
        }
    }
}
