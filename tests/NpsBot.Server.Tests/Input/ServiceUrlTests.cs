using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;

namespace NpsBot.Server.Tests.Input;

/// <summary>Issue 7, item 3, over HTTP: an unusable or foreign serviceUrl is a 400 with the reason, and nothing is stored.</summary>
public sealed class ServiceUrlTests : IAsyncLifetime
{
    private readonly InputServer _server = new(new Dictionary<string, string?> { ["Bot:ServiceUrlAllowList:0"] = "connector.example.com" });

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("ftp://127.0.0.1/connector/", "scheme 'ftp'", false)]
    [InlineData("file:///etc/passwd", "scheme 'file'", false)]
    [InlineData("http://[2001:db8::1]:9/", "neither loopback", false)]
    [InlineData("http://[2001:db8::1]:9/", "neither loopback", true)]
    [InlineData("http://169.254.169.254/", "neither loopback", false)]
    [InlineData("http://user:secret@127.0.0.1:1/", "user info", false)]
    [InlineData("not a url", "absolute URL", false)]
    public async Task A_refused_service_url_gets_400_with_the_reason_and_nothing_is_stored(string serviceUrl, string reason, bool expectReplies)
    {
        var ct = TestContext.Current.CancellationToken;
        var conversationId = "service-url-" + Guid.NewGuid().ToString("N")[..8];

        using var response = await PostAsync(conversationId, serviceUrl, expectReplies, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal("$.serviceUrl", problem.GetProperty("field").GetString());
        Assert.Contains(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(await _server.Factory.Services.GetRequiredService<ResponseQueries>().TranscriptAsync($"emulator|{conversationId}", ct));
    }

    [Theory]
    [InlineData("http://127.0.0.1:1/")]
    [InlineData("http://localhost:1/")]
    [InlineData("http://[::1]:1/")]
    [InlineData("https://connector.example.com/amer/")]
    public async Task A_loopback_or_allow_listed_service_url_is_accepted(string serviceUrl)
    {
        var ct = TestContext.Current.CancellationToken;

        // expectReplies, so the test posts nowhere; the serviceUrl is still checked, since it is stored with the turn.
        using var response = await PostAsync("service-url-ok-" + Guid.NewGuid().ToString("N")[..8], serviceUrl, expectReplies: true, ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private async Task<HttpResponseMessage> PostAsync(string conversationId, string serviceUrl, bool expectReplies, CancellationToken ct)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = "conversationUpdate",
            ["channelId"] = "emulator",
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new { id = conversationId },
            ["from"] = new { id = "u1" },
            ["recipient"] = new { id = "npsbot" },
            ["membersAdded"] = new[] { new { id = "u1" } },
            ["deliveryMode"] = expectReplies ? "expectReplies" : null,
        };
        return await _server.Factory.CreateClient().PostAsync(
            "/api/messages", new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"), ct);
    }
}
