using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Input;

/// <summary>
/// Issue 7, item 4, on Direct Line and the web chat token: mutated bodies posted as activities, as start-conversation and
/// token parameters, and as token requests never get a 5xx (nor Direct Line's 502 for a bot that failed) or an error in the log.
/// </summary>
public sealed class DirectLinePropertyTests : IAsyncLifetime
{
    private const string Base = "/v3/directline";

    private readonly InputServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Mutated_activities_posted_to_a_conversation_get_an_answer_below_500()
    {
        var http = _server.Factory.CreateClient();
        var (conversationId, token) = await StartAsync(http);
        var bodies = BodyMutations.Of(ValidBodies.Activity([conversationId]));

        var tally = await RunAsync(bodies, 500, body => Send(http, $"/conversations/{conversationId}/activities", token, body));

        Assert.True(tally.Count(System.Net.HttpStatusCode.OK) > 0, tally.ToString());
        Assert.Empty(_server.Logs.Errors);
    }

    [Fact]
    public async Task Mutated_token_parameters_get_an_answer_below_500_when_starting_a_conversation_or_generating_a_token()
    {
        var http = _server.Factory.CreateClient();
        var bodies = BodyMutations.Of(ValidBodies.TokenParameters);

        var starts = await RunAsync(bodies, 200, body => Send(http, "/conversations", _server.DirectLineSecret, body));
        var tokens = await RunAsync(bodies, 200, body => Send(http, "/tokens/generate", _server.DirectLineSecret, body));

        Assert.True(starts.Count(System.Net.HttpStatusCode.Created) > 0, starts.ToString());
        Assert.True(tokens.Count(System.Net.HttpStatusCode.OK) > 0, tokens.ToString());
        Assert.Empty(_server.Logs.Errors);
    }

    [Fact]
    public async Task Mutated_web_chat_token_requests_get_an_answer_below_500()
    {
        var http = _server.Factory.CreateClient();
        var bodies = BodyMutations.Of(ValidBodies.WebChatTokenRequest);

        var tally = await RunAsync(bodies, 200, body => SendTo(http, "/api/webchat/token", null, body));

        Assert.True(tally.Count(System.Net.HttpStatusCode.OK) > 0, tally.ToString());
        Assert.Empty(_server.Logs.Errors);
    }

    private async Task<Tally> RunAsync(Gen<FuzzBody> bodies, int count, Func<FuzzBody, (System.Net.HttpStatusCode, string)> send)
    {
        var tally = new Tally(_server.ErrorReport);
        await Task.Run(
            () => Check.One(Config.QuickThrowOnFailure.WithMaxTest(count), Prop.ForAll(Arb.From(bodies), body =>
            {
                var (status, answer) = send(body);
                return tally.Check(body, status, answer, directLine: true);
            })),
            TestContext.Current.CancellationToken);
        TestContext.Current.TestOutputHelper?.WriteLine(tally.ToString());
        Assert.Equal(count, tally.Total);
        return tally;
    }

    private async Task<(string ConversationId, string Token)> StartAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Base + "/conversations");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _server.DirectLineSecret);
        using var response = await http.SendAsync(request, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return (answer.GetProperty("conversationId").GetString()!, answer.GetProperty("token").GetString()!);
    }

    private static (System.Net.HttpStatusCode, string) Send(HttpClient http, string path, string credential, FuzzBody body) =>
        SendTo(http, Base + path, credential, body);

    private static (System.Net.HttpStatusCode, string) SendTo(HttpClient http, string path, string? credential, FuzzBody body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body.Bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        using var response = http.SendAsync(request).GetAwaiter().GetResult();
        return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
    }
}
