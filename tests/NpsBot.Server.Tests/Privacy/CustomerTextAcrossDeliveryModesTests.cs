using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Tests.Webhooks;
using NpsBot.Server.Tests.Work;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Privacy;

/// <summary>
/// What a customer typed (and an agent wrote back to them) over every delivery mode — expectReplies, 202 with
/// <c>reply.deliver</c> jobs to a local sink, Web Chat over Direct Line — with an agent's reply in each and a webhook
/// subscribed: once every job has run, no raw e-mail, phone, card number or name is in the database's files (SQLite's file
/// and WAL, or the PostgreSQL database's files) or any column of any table.
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
        await _server.DisposeWithDataAsync();
        await _sink.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task Nothing_the_customer_typed_or_the_agent_wrote_back_is_at_rest_in_clear_after_the_jobs_ran()
    {
        var http = _server.CreateClient();
        var hook = await _server.Services.GetRequiredService<IWebhookSubscriptions>()
            .AddAsync(_receiver.Url, [WebhookEvents.CaseOpened, WebhookEvents.ResponseRecorded], Ct);
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

        var tables = await StoredData.TablesAsync(_server.DataDirectory, Ct);
        var inTables = await StoredData.FindInRowsAsync(_server.DataDirectory, Fragments, Ct);
        var (inFiles, files) = await StoredData.FindInFilesAsync(_server.DataDirectory, Fragments, Ct);

        Assert.Contains("processed_activities", tables);
        Assert.Contains("work_items", tables);
        Assert.Empty(inTables);
        Assert.Empty(inFiles);
        if (TestStorage.IsPostgres)
        {
            Assert.Contains(files, file => file.StartsWith("postgres:", StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains(files, file => file.EndsWith("npsbot.db-wal", StringComparison.Ordinal));
            Assert.Contains(files, file => file.EndsWith("npsbot.db", StringComparison.Ordinal));
        }
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

    private Task<long> PendingDeliveriesAsync() => StoredData.CountAsync(
        _server.DataDirectory, "SELECT count(*) FROM work_items WHERE kind IN ('reply.deliver', 'directline.deliver', 'webhook.event', 'webhook.deliver')", Ct);

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
