using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Stores;

namespace NpsBot.Server.Tests.Messages;

public sealed class BadRequestTests : IAsyncDisposable
{
    private readonly ServerFactory _server = new(settings: new Dictionary<string, string?> { ["Bot:MaxActivityBytes"] = "4096" });

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    public static TheoryData<string, string> BadBodies => new()
    {
        { "{not json", "not valid JSON" },
        { """{"type":"message","text":5,"conversation":{"id":"c"}}""", "'$.text' must be a string" },
        { """{"text":"hi","conversation":{"id":"c"},"deliveryMode":"expectReplies"}""", "'type'" },
        { """{"type":"message","text":"hi","deliveryMode":"expectReplies"}""", "'conversation.id'" },
        { """{"type":"message","text":"hi","conversation":{"id":"c"}}""", "serviceUrl" },
        { "null", "must be a JSON object" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_body_gets_400_with_the_reason_and_nothing_is_stored(string body, string reason)
    {
        var ct = TestContext.Current.CancellationToken;
        var http = _server.CreateClient();

        using var response = await http.PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Contains(reason, problem.GetProperty("detail").GetString());
        Assert.Equal(0, await _server.Services.GetRequiredService<ResponseQueries>().CountAsync(null, null, ct));
        Assert.Empty(await _server.Services.GetRequiredService<ResponseQueries>().TranscriptAsync("unknown|c", ct));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_the_server_goes_on_answering()
    {
        var ct = TestContext.Current.CancellationToken;
        var http = _server.CreateClient();
        var customer = new BotClient(http, "big-1");
        var big = customer.Activity("message") with { Text = new string('x', 5000) };

        using var tooLarge = await http.PostAsJsonAsync("/api/messages", big, NpsBot.Conversations.Activities.ActivityJson.Options, ct);
        var greeting = await customer.JoinAsync(ct);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.NotEmpty(greeting);
        var transcript = await _server.Services.GetRequiredService<ResponseQueries>().TranscriptAsync("emulator|big-1", ct);
        Assert.DoesNotContain(transcript, entry => entry.Text?.StartsWith("xxx", StringComparison.Ordinal) == true);
    }
}
