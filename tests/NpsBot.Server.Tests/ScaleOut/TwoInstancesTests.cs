using System.Collections.Concurrent;
using System.Text.Json;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Tests.Work;
using NpsBot.Testing.Ordering;

namespace NpsBot.Server.Tests.ScaleOut;

/// <summary>
/// Issue 13 item 4: two real server processes on one database and one Redis, customers' posts alternating between
/// them while their Direct Line streams sit on one. Every reply reaches the stream once, every turn is saved once with
/// no lost update, background jobs run once; an instance killed with SIGKILL under load loses nothing it accepted.
/// Each test runs on one SQLite file (one machine) and on one PostgreSQL database (the class starts a PostgreSQL
/// server unless the run gives one: missing PostgreSQL fails, it never skips).
/// </summary>
[LongRunning(150)]
public sealed class TwoInstancesTests(ScaleOutPostgres postgres) : IClassFixture<ScaleOutPostgres>
{
    private const int WebChatCustomers = 6;
    private const string AdminPassword = "correct-horse-battery-7";
    private const int ConnectorCustomers = 6;
    private static readonly string[] Messages = ["7", "delivery was slow", "no", "thanks"];

    // The stream poll is at its slowest (30 s): a stream on the other instance that gets its replies in time got them
    // through Redis. The short lease lets a killed instance's claims be taken over within the test; a running job's
    // lease is renewed every third of it, so a slow delivery is not claimed by the other instance meanwhile.
    private static Dictionary<string, string> Settings(string redis, InstanceStorage storage) => new(storage.Settings)
    {
        ["Redis:ConnectionString"] = redis,
        ["DirectLine:StreamPollInterval"] = "00:00:30",
        ["WorkQueue:PollInterval"] = "00:00:00.200",
        ["WorkQueue:RetryBaseDelay"] = "00:00:00.200",
        ["WorkQueue:LeaseDuration"] = "00:00:09",
        ["DirectLine:PostsPerMinute"] = "10000",
    };

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task Posts_alternating_between_two_instances_reach_the_stream_on_the_other_once_and_every_turn_is_saved_once(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = NewDataFolder();
        var storage = InstanceStorage.For(provider, data, postgres.Server);
        await using var redis = await TestRedis.StartAsync(ct);
        await using var sink = await ReplySink.StartAsync();
        try
        {
            // One after the other: the first creates the shared Data Protection keys and Direct Line secret, the second reads them.
            await using var a = await ServerProcess.StartAsync(data, Settings(redis.ConnectionString, storage), ct);
            await using var b = await ServerProcess.StartAsync(data, Settings(redis.ConnectionString, storage), ct);
            using var httpA = Client(a);
            using var httpB = Client(b);
            HttpClient[] instances = [httpA, httpB];

            var webChat = Enumerable.Range(0, WebChatCustomers).Select(async i =>
            {
                var customer = await StreamedCustomer.StartAsync(instances[i % 2], ct);
                for (var m = 0; m < Messages.Length; m++)
                {
                    var clientId = Guid.NewGuid().ToString("N");
                    if (m == 1)
                    {
                        // The same post raced on both instances (a client retrying through the other one): one turn, one echo id.
                        var raced = await Task.WhenAll(
                            customer.PostAsync(httpA, Messages[m], clientId, ct), customer.PostAsync(httpB, Messages[m], clientId, ct));
                        Assert.NotNull(raced[0]);
                        Assert.Equal(raced[0], raced[1]);
                    }
                    else
                    {
                        Assert.NotNull(await customer.PostAsync(instances[(i + m + 1) % 2], Messages[m], clientId, ct));
                    }
                }

                return customer;
            }).ToList();

            var connector = Enumerable.Range(0, ConnectorCustomers).Select(async i =>
            {
                var client = new BotClient(httpA, $"scale-{i}");
                var accepted = new List<string>();
                for (var m = 0; m < Messages.Length; m++)
                {
                    var activity = Accepted.Message(client, Messages[m], sink.ServiceUrl("ok"));
                    Assert.True(await Accepted.PostAsync(instances[(i + m) % 2], activity, ct), "a connector post was not accepted");
                    accepted.Add(activity.Id!);
                }

                return accepted;
            }).ToList();

            var customers = await Task.WhenAll(webChat);
            var acceptedConnector = (await Task.WhenAll(connector)).SelectMany(ids => ids).ToList();
            var database = new SharedDatabase(storage);
            try
            {
                foreach (var customer in customers)
                {
                    var log = await customer.LogAsync(httpB, ct);
                    var botIds = log.Where(IsBotMessage).Select(activity => activity.GetProperty("id").GetString()!).ToList();
                    Assert.True(botIds.Count > Messages.Length, $"{customer.ConversationId}: only {botIds.Count} bot messages in the log");
                    await customer.WaitStreamedAsync(log.Select(activity => activity.GetProperty("id").GetString()!), TimeSpan.FromSeconds(20), ct);
                    Assert.All(log, activity => Assert.Equal(1, customer.Streamed[activity.GetProperty("id").GetString()!]));

                    // The greeting's turn and one per post (the raced post only once).
                    var (version, processed, inbound) = database.TurnCounts(customer.ConversationId);
                    Assert.Equal(1 + Messages.Length, processed);
                    Assert.Equal(processed, version);
                    Assert.Equal(processed, inbound);
                }
            }
            finally
            {
                foreach (var customer in customers)
                {
                    await customer.DisposeAsync();
                }
            }

            // reply.deliver jobs, claimed by either instance: each reply delivered exactly once.
            var stored = database.StoredReplyCounts();
            var expected = acceptedConnector.Where(id => stored.GetValueOrDefault(id) > 0).ToHashSet();
            Assert.Equal(acceptedConnector.Count, acceptedConnector.Count(stored.ContainsKey));
            using var drain = CancellationTokenSource.CreateLinkedTokenSource(ct);
            drain.CancelAfter(TimeSpan.FromSeconds(60));
            await sink.WaitUntilAsync(received => expected.IsSubsetOf(received.Select(entry => entry.Reply.ReplyToId!)), drain.Token);
            var replies = sink.Received.ToList();
            var repeated = replies.GroupBy(entry => entry.Reply.Id).Where(group => group.Count() > 1).Select(group => $"{group.Key} x{group.Count()}").ToList();
            Assert.True(repeated.Count == 0, "replies delivered more than once: " + string.Join(", ", repeated));
            var byActivity = replies.GroupBy(entry => entry.Reply.ReplyToId ?? "").ToDictionary(group => group.Key, group => group.Count());
            Assert.All(acceptedConnector, id => Assert.Equal(stored[id], byActivity.GetValueOrDefault(id)));

            // Jobs claimed once across both: N reply.deliver jobs were queued (one per accepted activity with replies),
            // and the channel received exactly their replies, each once; the queue is empty.
            Assert.Equal(acceptedConnector.Sum(id => stored[id]), replies.Count);
            await WaitUntilAsync(() => database.OpenJobs(NpsBot.Channels.BotFrameworkConnector.ReplyDeliveryWork.Kind) == 0, TimeSpan.FromSeconds(30), ct);
        }
        finally
        {
            ServerFactory.DeleteData(data);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task An_instance_killed_under_load_loses_nothing_it_accepted_the_other_carries_on_and_the_restarted_one_joins_again(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = NewDataFolder();
        var storage = InstanceStorage.For(provider, data, postgres.Server);
        await using var redis = await TestRedis.StartAsync(ct);
        await using var sink = await ReplySink.StartAsync();
        var acceptedPosts = new ConcurrentBag<(StreamedCustomer Customer, string EchoId)>();
        var acceptedJobs = new ConcurrentBag<string>();
        var acceptedAfterKill = 0;
        try
        {
            var a = await ServerProcess.StartAsync(data, Settings(redis.ConnectionString, storage), ct);
            await using var b = await ServerProcess.StartAsync(data, Settings(redis.ConnectionString, storage), ct);
            using var httpA = Client(a);
            using var httpB = Client(b);
            var killed = 0;
            HttpClient PostTo(int n) => n % 2 == 0 && Volatile.Read(ref killed) == 0 ? httpA : httpB;

            // Streams on B (it lives); posts alternate, and go to B once A is gone (a load balancer takes it out).
            var customers = new List<StreamedCustomer>();
            for (var i = 0; i < WebChatCustomers; i++)
            {
                customers.Add(await StreamedCustomer.StartAsync(httpB, ct));
            }

            using var load = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var webChat = customers.Select((customer, i) => Task.Run(async () =>
            {
                for (var n = 0; !load.IsCancellationRequested && n < 60; n++)
                {
                    try
                    {
                        var http = PostTo(i + n);
                        var wasKilled = Volatile.Read(ref killed);
                        if (await customer.PostAsync(http, Messages[n % Messages.Length], Guid.NewGuid().ToString("N"), load.Token) is { } echo)
                        {
                            acceptedPosts.Add((customer, echo));
                            if (wasKilled == 1)
                            {
                                Interlocked.Increment(ref acceptedAfterKill);
                            }
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                    {
                        // Posted to the instance being killed: no 2xx, nothing was promised.
                    }
                }
            })).ToList();
            var connector = Enumerable.Range(0, ConnectorCustomers).Select(i => Task.Run(async () =>
            {
                var client = new BotClient(httpA, $"kill-{i}");
                for (var n = 0; !load.IsCancellationRequested && n < 60; n++)
                {
                    try
                    {
                        var activity = Accepted.Message(client, Messages[n % Messages.Length], sink.ServiceUrl("lag"));
                        if (await Accepted.PostAsync(PostTo(i + n), activity, load.Token))
                        {
                            acceptedJobs.Add(activity.Id!);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                    {
                        // As above.
                    }
                }
            })).ToList();

            await WaitUntilAsync(() => acceptedPosts.Count >= 30 && acceptedJobs.Count >= 30 && !sink.Received.IsEmpty, TimeSpan.FromSeconds(60), ct);
            await a.KillAsync();
            Volatile.Write(ref killed, 1);
            await WaitUntilAsync(() => Volatile.Read(ref acceptedAfterKill) >= 20, TimeSpan.FromSeconds(60), ct);
            await load.CancelAsync();
            await Task.WhenAll(webChat.Concat(connector));
            await a.DisposeAsync();

            // A starts again on the same database and Redis: it serves again and shares the queue (leases of its dead self expire).
            await using var restarted = await ServerProcess.StartAsync(data, Settings(redis.ConnectionString, storage), ct);
            using var httpRestarted = Client(restarted);
            Assert.NotNull(await customers[0].PostAsync(httpRestarted, "thanks", Guid.NewGuid().ToString("N"), ct));

            var database = new SharedDatabase(storage);
            var stored = database.StoredReplyCounts();
            Assert.All(acceptedPosts, post => Assert.True(stored.ContainsKey(post.EchoId), $"accepted post {post.EchoId} has no committed turn"));
            Assert.All(acceptedJobs, id => Assert.True(stored.ContainsKey(id), $"accepted activity {id} has no committed turn"));
            foreach (var customer in customers)
            {
                var log = await customer.LogAsync(httpRestarted, ct);
                var answered = log.Where(IsBotMessage)
                    .Select(activity => activity.TryGetProperty("replyToId", out var replyTo) ? replyTo.GetString() : null).ToHashSet();
                foreach (var post in acceptedPosts.Where(post => post.Customer == customer && stored[post.EchoId] > 0))
                {
                    Assert.Contains(post.EchoId, answered);
                }

                // B's streams carried on through the kill: everything in the log reached them once.
                await customer.WaitStreamedAsync(log.Select(activity => activity.GetProperty("id").GetString()!), TimeSpan.FromSeconds(40), ct);
                Assert.All(log, activity => Assert.Equal(1, customer.Streamed[activity.GetProperty("id").GetString()!]));
                var (version, processed, inbound) = database.TurnCounts(customer.ConversationId);
                Assert.Equal(processed, version);
                Assert.Equal(processed, inbound);
                await customer.DisposeAsync();
            }

            // Every accepted job's replies delivered (claims of the killed instance taken over when their lease ran out),
            // all replies of one activity from one job (one committed turn), and the queue drained.
            var expected = acceptedJobs.Where(id => stored[id] > 0).ToHashSet();
            using var drain = CancellationTokenSource.CreateLinkedTokenSource(ct);
            drain.CancelAfter(TimeSpan.FromSeconds(60));
            await sink.WaitUntilAsync(received => expected.IsSubsetOf(received.Select(entry => entry.Reply.ReplyToId!)), drain.Token);
            Assert.All(sink.Received.GroupBy(entry => entry.Reply.ReplyToId!), group => Assert.Single(group.Select(entry => entry.Reply.Id!.Split('-')[0]).Distinct()));
            await WaitUntilAsync(() => database.OpenJobs(NpsBot.Channels.BotFrameworkConnector.ReplyDeliveryWork.Kind) == 0, TimeSpan.FromSeconds(30), ct);
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"accepted posts {acceptedPosts.Count} ({acceptedAfterKill} after the kill), accepted connector activities {acceptedJobs.Count}, replies delivered {sink.Received.Count}");
        }
        finally
        {
            ServerFactory.DeleteData(data);
        }
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task A_case_opened_by_a_turn_on_either_instance_reaches_the_console_hub_clients_of_both(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        var data = NewDataFolder();
        var storage = InstanceStorage.For(provider, data, postgres.Server);
        await using var redis = await TestRedis.StartAsync(ct);
        try
        {
            // The first admin comes from configuration (the first instance creates it; the second finds users exist).
            var settings = new Dictionary<string, string>(Settings(redis.ConnectionString, storage))
            {
                ["Console:FirstAdmin:Email"] = "admin@example.com",
                ["Console:FirstAdmin:Password"] = AdminPassword,
            };
            await using var a = await ServerProcess.StartAsync(data, settings, ct);
            await using var b = await ServerProcess.StartAsync(data, settings, ct);
            using var httpA = Client(a);
            using var httpB = Client(b);

            // Signed in on A; the cookie opens the hub on both (the Data Protection keys are shared).
            var cookie = await ConsoleHubClient.SignInAsync(httpA.BaseAddress!, "admin@example.com", AdminPassword, ct);
            await using var onA = await ConsoleHubClient.ConnectAsync(httpA.BaseAddress!, cookie, ct);
            await using var onB = await ConsoleHubClient.ConnectAsync(httpB.BaseAddress!, cookie, ct);

            // A detractor's turns alternate: the score on A, the request for a person (the handoff: a case) on B.
            await using var customer = await StreamedCustomer.StartAsync(httpA, ct);
            Assert.NotNull(await customer.PostAsync(httpA, "2", Guid.NewGuid().ToString("N"), ct));
            Assert.NotNull(await customer.PostAsync(httpB, "the parcel came broken, I want to talk to a person", Guid.NewGuid().ToString("N"), ct));

            await WaitUntilAsync(() => !onA.CaseChanges.IsEmpty && !onB.CaseChanges.IsEmpty, TimeSpan.FromSeconds(30), ct);
            Assert.Equal(onA.CaseChanges.First(), onB.CaseChanges.First());
        }
        finally
        {
            ServerFactory.DeleteData(data);
        }
    }

    private static bool IsBotMessage(JsonElement activity) =>
        activity.GetProperty("type").GetString() == "message" && activity.GetProperty("from").GetProperty("role").GetString() == "bot";

    private static HttpClient Client(ServerProcess server) => new() { BaseAddress = new Uri(server.Address), Timeout = TimeSpan.FromSeconds(30) };

    private static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));

    private static async Task WaitUntilAsync(Func<bool> done, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        while (!done())
        {
            try
            {
                await Task.Delay(20, limit.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Assert.Fail($"not reached within {timeout}");
            }
        }
    }
}
