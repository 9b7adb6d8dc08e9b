using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Work;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Work;

/// <summary>Issue 7: 202 replies are durable jobs; a poisoned row never silences other conversations.</summary>
public sealed class ReplyDeliveryTests : IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Bot:LocalDevelopment"] = "true",
        ["WorkQueue:PollInterval"] = "00:00:00.100",
        ["WorkQueue:RetryBaseDelay"] = "00:00:00.100",
    };

    private static readonly string[] Messages = ["hi", "8", "fast delivery"];

    private ReplySink _sink = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sink = await ReplySink.StartAsync();

    public async ValueTask DisposeAsync() => await _sink.DisposeAsync();

    [Fact]
    public async Task Every_good_conversation_gets_its_replies_in_order_while_poisoned_rows_become_dead_letters()
    {
        await using var server = new ServerFactory(settings: FastRetries);
        var http = server.CreateClient();
        var queue = server.Services.GetRequiredService<SqliteWorkQueueStore>();
        await queue.EnqueueAsync(PoisonJob("ftp://127.0.0.1/connector/"), Ct);
        await queue.EnqueueAsync(PoisonJob("file:///etc/"), Ct);
        var conversations = Enumerable.Range(1, 8).Select(i => ($"good-{i}", "ok"))
            .Append(("bad-1", "bad")).Append(("throttle-1", "throttle")).Append(("flaky-1", "flaky"))
            .ToList();
        var sent = new Dictionary<string, List<string>>();

        await Task.WhenAll(conversations.Select(async conversation =>
        {
            var (conversationId, behaviour) = conversation;
            var customer = new BotClient(http, conversationId);
            var ids = new List<string>();
            foreach (var text in Messages)
            {
                var activity = Accepted.Message(customer, text, _sink.ServiceUrl(behaviour));
                Assert.True(await Accepted.PostAsync(http, activity, Ct));
                ids.Add(activity.Id!);
            }

            lock (sent)
            {
                sent[conversationId] = ids;
            }
        }));
        var snapshot = await WaitUntilDeliveredAsync(server.Services.GetRequiredService<IWorkQueueStatus>(), server.DataDirectory);

        // Two poisoned rows queued directly, and each of the three turns of the conversation whose channel answers 400.
        Assert.Equal(5, snapshot.DeadLetters);
        var deadReasons = (await server.Services.GetRequiredService<DeadLetters>().ListAsync(Ct)).Select(item => item.LastError!).ToList();
        Assert.Contains(deadReasons, reason => reason.Contains("'ftp'", StringComparison.Ordinal));
        Assert.Contains(deadReasons, reason => reason.Contains("'file'", StringComparison.Ordinal));
        Assert.Contains(deadReasons, reason => reason.Contains("400", StringComparison.Ordinal));
        foreach (var (conversationId, behaviour) in conversations.Where(conversation => conversation.Item2 != "bad"))
        {
            var received = _sink.Received.Where(entry => entry.ConversationId == conversationId).ToList();
            Assert.Equal(sent[conversationId], received.Select(entry => entry.Reply.ReplyToId).Distinct());
            Assert.Equal(received.Count, received.Select(entry => entry.Reply.Id).Distinct().Count());
            Assert.All(received, entry => Assert.Equal(behaviour, entry.Behaviour));
        }

        Assert.Equal(_sink.Received.Count(entry => entry.Behaviour == "throttle") + 1, _sink.Calls("throttle"));
        Assert.Equal(_sink.Received.Count(entry => entry.Behaviour == "flaky") + 1, _sink.Calls("flaky"));
        Assert.Equal(3, _sink.Calls("bad"));
        Assert.DoesNotContain(_sink.Received, entry => entry.Behaviour == "bad");
    }

    [Fact]
    public async Task A_graceful_stop_lets_running_deliveries_finish_and_leaves_no_job_behind()
    {
        var server = new ServerFactory(settings: new Dictionary<string, string?>(FastRetries) { ["WorkQueue:ShutdownTimeout"] = "00:00:30" });
        try
        {
            var http = server.CreateClient();
            var customers = Enumerable.Range(1, 3).Select(i => new BotClient(http, $"stop-{i}")).ToList();
            foreach (var customer in customers)
            {
                Assert.True(await Accepted.PostAsync(http, Accepted.Message(customer, "hi", _sink.ServiceUrl("slow")), Ct));
            }

            while (_sink.SlowWaiting < customers.Count)
            {
                await Task.Delay(20, Ct);
            }

            var stopping = new TaskCompletionSource();
            server.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(stopping.SetResult);
            var stopped = server.DisposeAsync().AsTask();
            await stopping.Task.WaitAsync(Ct);
            _sink.ReleaseSlow();
            await stopped;

            Assert.Equal(
                Enumerable.Range(1, customers.Count).Select(i => $"stop-{i}"),
                _sink.Received.Select(entry => entry.ConversationId).Distinct().Order());
            Assert.Equal(0, CountWorkItems(server.DataDirectory, $"kind = '{ReplyDeliveryWork.Kind}'"));
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task A_stop_that_outlasts_its_timeout_cancels_the_running_jobs_and_gives_their_leases_back()
    {
        var server = new ServerFactory(settings: new Dictionary<string, string?>(FastRetries) { ["WorkQueue:ShutdownTimeout"] = "00:00:00.300" });
        try
        {
            var http = server.CreateClient();
            Assert.True(await Accepted.PostAsync(http, Accepted.Message(new BotClient(http, "stuck-1"), "hi", _sink.ServiceUrl("slow")), Ct));
            while (_sink.SlowWaiting < 1)
            {
                await Task.Delay(20, Ct);
            }

            await server.DisposeAsync();

            Assert.Equal(1, CountWorkItems(server.DataDirectory, PendingDeliveries + " AND lease_owner IS NULL AND attempts = 0"));
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }

    /// <summary>
    /// Waits until no reply delivery is pending (other jobs, such as a survey's abandon check due in half an hour, stay
    /// queued), then reads the queue's figures.
    /// </summary>
    private static async Task<WorkQueueSnapshot> WaitUntilDeliveredAsync(IWorkQueueStatus status, string dataDirectory)
    {
        while (CountWorkItems(dataDirectory, PendingDeliveries) > 0)
        {
            await Task.Delay(50, Ct);
        }

        return await status.GetSnapshotAsync(Ct);
    }

    private static WorkRequest PoisonJob(string serviceUrl)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "never delivered",
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = "poison-" + Guid.NewGuid().ToString("N") },
        };
        var payload = System.Text.Json.JsonSerializer.Serialize(new List<Activity> { reply }, ActivityJson.Options);
        return new WorkRequest(ReplyDeliveryWork.Kind, payload, DateTimeOffset.UtcNow) { OrderKey = reply.Conversation.Id };
    }

    private static readonly string PendingDeliveries = $"kind = '{ReplyDeliveryWork.Kind}' AND state = 'pending'";

    private static long CountWorkItems(string dataDirectory, string where = "1 = 1")
    {
        using var connection = TestStorage.OpenConnection(dataDirectory);
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only constant conditions.
        command.CommandText = $"SELECT COUNT(*) FROM work_items WHERE {where}";
#pragma warning restore CA2100
        return (long)command.ExecuteScalar()!;
    }
}
