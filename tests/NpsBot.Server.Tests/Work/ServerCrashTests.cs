using System.Collections.Concurrent;
using NpsBot.Server.Tests.Support;
using NpsBot.Testing.Hosting;
using NpsBot.Testing.Ordering;

namespace NpsBot.Server.Tests.Work;

/// <summary>
/// Issue 7: the real server binary killed with SIGKILL under 202 load and started again on the same data folder
/// delivers the replies of every activity it accepted (202), from exactly one turn each.
/// </summary>
[LongRunning(33)]
public sealed class ServerCrashTests
{
    private const int Customers = 24;
    private const int AcceptedBeforeKill = 60;
    private const int DeliveredBeforeKill = 10;

    private static readonly string[] Messages = ["hi", "7", "delivery was slow", "no", "thanks"];

    private static readonly Dictionary<string, string> Settings = new()
    {
        ["WorkQueue:PollInterval"] = "00:00:00.200",
        ["WorkQueue:RetryBaseDelay"] = "00:00:00.200",

        // A send cut off by the kill is sent again once its lease runs out (2 minutes by default, as long as the
        // drain below may wait): 20 s here, so the restart's redelivery is checked well inside that wait.
        ["WorkQueue:LeaseDuration"] = "00:00:20",
    };

    [Fact]
    public async Task After_a_kill_and_a_restart_every_accepted_activity_has_its_replies_once_and_none_is_lost()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Path.Combine(Path.GetTempPath(), "npsbot-tests", Guid.NewGuid().ToString("N"));
        await using var sink = await ReplySink.StartAsync();
        var accepted = new ConcurrentBag<string>();
        try
        {
            await using (var first = await ServerProcess.StartAsync(data, Settings, ct))
            {
                using var http = new HttpClient { BaseAddress = new Uri(first.Address), Timeout = TimeSpan.FromSeconds(30) };
                using var load = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var customers = Enumerable.Range(1, Customers)
                    .Select(i => CustomerAsync(http, $"crash-{i}", sink.ServiceUrl("lag"), accepted, load.Token))
                    .ToList();
                // Killed mid-flight: some replies delivered, more accepted and still queued, turns and sends in progress.
                while ((accepted.Count < AcceptedBeforeKill || sink.Received.Count < DeliveredBeforeKill)
                    && customers.Any(customer => !customer.IsCompleted))
                {
                    await Task.Delay(5, ct);
                }

                await first.KillAsync();
                await load.CancelAsync();
                await Task.WhenAll(customers);
            }

            var receivedBeforeRestart = sink.Received.Count;
            await using var second = await ServerProcess.StartAsync(data, Settings, ct);
            using var drain = CancellationTokenSource.CreateLinkedTokenSource(ct);
            drain.CancelAfter(TimeSpan.FromMinutes(2));
            // Every accepted activity's turn is committed; those whose turn had replies must see them delivered.
            var stored = StoredReplyCounts(data);
            var unsaved = accepted.Where(id => !stored.ContainsKey(id)).ToList();
            var expected = accepted.Where(id => stored.GetValueOrDefault(id) > 0).ToHashSet();
            try
            {
                await sink.WaitUntilAsync(received => expected.IsSubsetOf(received.Select(entry => entry.Reply.ReplyToId!)), drain.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // Reported by the assertions below.
            }

            var received = sink.Received.ToList();
            var byActivity = received.GroupBy(entry => entry.Reply.ReplyToId!).ToDictionary(group => group.Key, group => group.ToList());
            var lost = expected.Where(id => !byActivity.ContainsKey(id)).ToList();
            var duplicates = received.Count - received.Select(entry => entry.Reply.Id).Distinct().Count();
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"accepted {accepted.Count} ({expected.Count} with replies), replies received {received.Count} ({receivedBeforeRestart} before the restart), " +
                $"duplicates (same reply id) {duplicates}, lost {lost.Count}");

            Assert.True(expected.Count >= AcceptedBeforeKill / 2, $"only {expected.Count} accepted activities had replies");
            Assert.Empty(unsaved);
            Assert.Empty(lost);
            Assert.All(expected, id =>
            {
                // Reply ids are "<job id>-<position>": all replies of one activity come from one job, i.e. one committed turn.
                var jobs = byActivity[id].Select(entry => entry.Reply.Id!.Split('-')[0]).Distinct();
                Assert.Single(jobs);
            });
        }
        finally
        {
            ServerFactory.DeleteData(data);
        }
    }

    private static Dictionary<string, int> StoredReplyCounts(string dataDirectory)
    {
        using var connection = TestStorage.OpenConnection(dataDirectory);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT activity_id, replies_json FROM processed_activities";
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, int>();
        while (reader.Read())
        {
            using var replies = System.Text.Json.JsonDocument.Parse(reader.GetString(1));
            counts[reader.GetString(0)] = replies.RootElement.GetArrayLength();
        }

        return counts;
    }

    private static async Task CustomerAsync(HttpClient http, string conversationId, string serviceUrl, ConcurrentBag<string> accepted, CancellationToken cancellationToken)
    {
        var customer = new BotClient(http, conversationId);
        try
        {
            foreach (var text in Messages)
            {
                var activity = Accepted.Message(customer, text, serviceUrl);
                if (!await Accepted.PostAsync(http, activity, cancellationToken))
                {
                    return;
                }

                accepted.Add(activity.Id!);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            // The server was killed under this customer: whatever got no 202 was never promised.
        }
    }
}
