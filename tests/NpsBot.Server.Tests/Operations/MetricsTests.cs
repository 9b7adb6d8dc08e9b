using System.Net;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Operations;

/// <summary>The optional Prometheus endpoint (issue 7, operations).</summary>
public sealed class MetricsTests
{
    [Fact]
    public async Task With_prometheus_on_metrics_shows_the_turn_counter_and_latency_histogram()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = new ServerFactory(settings: new Dictionary<string, string?> { ["Telemetry:Prometheus"] = "true" });
        try
        {
            await new BotClient(server.CreateClient(), "metrics-1").JoinAsync(ct);

            var text = await server.CreateClient().GetStringAsync(new Uri("/metrics", UriKind.Relative), ct);

            Assert.Contains("npsbot_turns_total{", text);
            Assert.Contains("npsbot_turn_duration_seconds_bucket{", text);
            Assert.Contains("npsbot_key_space=\"bf\"", text);
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task Without_prometheus_there_is_no_metrics_endpoint()
    {
        var server = new ServerFactory();
        try
        {
            using var response = await server.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative), TestContext.Current.CancellationToken);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }
}
