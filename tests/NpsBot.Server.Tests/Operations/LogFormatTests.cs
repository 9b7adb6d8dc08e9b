using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Testing.Hosting;
using Activity = NpsBot.Conversations.Activities.Activity;

namespace NpsBot.Server.Tests.Operations;

/// <summary>The server binary's console log, as an operator's collector reads it: one JSON object per line (issue 7).</summary>
public sealed class LogFormatTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task A_newline_in_an_id_a_client_sends_stays_inside_one_json_log_line_issue_7()
    {
        var ct = TestContext.Current.CancellationToken;
        var data = Directory.CreateTempSubdirectory("npsbot-logs-").FullName;
        var port = FreePort();
        var server = typeof(Program).Assembly.Location;

        // The trained models (a first start would train them, a minute on a busy machine) and the pass's database.
        TrainedModels.CopyInto(data);
        var start = new ProcessStartInfo("dotnet",
            [server, "--urls", $"http://127.0.0.1:{port}", "--data", data, "--Bot:LocalDevelopment=true", "--Logging:LogLevel:NpsBot.Server.Messages=Debug",
             .. TestStorage.Settings(data).Select(setting => $"--{setting.Key}={setting.Value}")])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(server)!,
        };
        // As in ServerProcess: no background build of the escalation cues (8.7 s of CPU), which this test never needs.
        start.Environment["Language__BuildCuesAfterStart"] = "false";
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        var reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync(ct) is { } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        }, ct);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var forged = "c1\n{\"LogLevel\":\"Critical\",\"Message\":\"forged\"}\ninfo: forged line";
            await WaitUntilLiveAsync(http, process, ct);

            using var response = await http.PostAsJsonAsync("/api/messages", new Activity
            {
                Type = ActivityTypes.Message, Id = forged, ChannelId = "emulator", Text = "hi", DeliveryMode = DeliveryModes.ExpectReplies,
                Conversation = new ConversationAccount { Id = forged }, From = new ChannelAccount { Id = "u1" }, Recipient = new ChannelAccount { Id = "npsbot" },
            }, ActivityJson.Options, ct);
            response.EnsureSuccessStatusCode();
            await WaitForAsync(() => lines.Any(line => line.Contains("\"EventId\":1001", StringComparison.Ordinal)), ct);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
            await reading;
            TestStorage.Delete(data);
            Directory.Delete(data, recursive: true);
        }

        var entries = lines.Where(line => line.Length > 0).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var received = Assert.Single(entries, entry => entry.GetProperty("EventId").GetInt32() == 1001);
        Assert.Equal("c1\n{\"LogLevel\":\"Critical\",\"Message\":\"forged\"}\ninfo: forged line", received.GetProperty("State").GetProperty("ConversationId").GetString());
        Assert.DoesNotContain(lines, line => line.StartsWith("info: forged", StringComparison.Ordinal) || line.StartsWith("{\"LogLevel\":\"Critical\"", StringComparison.Ordinal));
    }

    // Up to 2 minutes for the start (as ServerProcess): a server that exits or is not live by then fails the test.
    private static async Task WaitUntilLiveAsync(HttpClient http, Process process, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(process.HasExited, "The server exited before it was live.");
            try
            {
                using var live = await http.GetAsync(new Uri("/health/live", UriKind.Relative), ct);
                if (live.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                // Not listening yet.
            }

            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(2), "The server was not live within 2 minutes.");

            await Task.Delay(100, ct);
        }
    }

    private static async Task WaitForAsync(Func<bool> condition, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 100 && !condition(); attempt++)
        {
            await Task.Delay(100, ct);
        }
    }
}
