using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Tests.Api;

/// <summary>Every API endpoint: 401 without a key or with a bad or revoked one, 403 with too small a scope, 2xx with the right one.</summary>
public sealed class ApiAuthorizationTests : IAsyncLifetime
{
    private static readonly string[] OpenedOnly = [WebhookEvents.CaseOpened];
    // The webhook targets below are on 127.0.0.1: the SSRF guard lets them through only with this switch.
    private readonly ApiServer _server = new(new Dictionary<string, string?> { ["Webhooks:AllowPrivateTargets"] = "true" });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, bool> Endpoints => new()
    {
        { "GET", "/api/v1/responses", false },
        { "GET", "/api/v1/cases", false },
        { "GET", "/api/v1/nps", false },
        { "GET", "/api/v1/exports/responses.csv", false },
        { "GET", "/api/v1/exports/responses.json", false },
        { "GET", "/api/v1/webhooks", false },
        { "POST", "/api/v1/webhooks", true },
        { "DELETE", "/api/v1/webhooks/1", true },
    };

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Anonymous_and_bad_keys_get_401(string method, string path, bool writes)
    {
        _ = writes;
        var revoked = await _server.KeyAsync(ApiKeyScope.ReadWrite);
        await _server.Services.GetRequiredService<IApiKeys>().RevokeAsync(revoked.Split('_')[1], Ct);

        var anonymous = await SendAsync(_server.Client(), method, path);
        var wrong = await SendAsync(_server.Client("nps_000000000000_notakey"), method, path);
        var garbage = await SendAsync(_server.Client("hello", bearer: false), method, path);
        var afterRevoke = await SendAsync(_server.Client(revoked), method, path);

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized],
            [anonymous.StatusCode, wrong.StatusCode, garbage.StatusCode, afterRevoke.StatusCode]);
        Assert.Equal("Bearer", anonymous.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Each_scope_gets_what_it_may_and_403_for_the_rest(string method, string path, bool writes)
    {
        var read = await _server.KeyAsync(ApiKeyScope.Read);
        var readWrite = await _server.KeyAsync(ApiKeyScope.ReadWrite);
        if (method == "DELETE")
        {
            await _server.Services.GetRequiredService<IWebhookSubscriptions>().AddAsync(new Uri("http://127.0.0.1:9/hook"), [WebhookEvents.CaseOpened], Ct);
        }

        var asReader = await SendAsync(_server.Client(read, bearer: false), method, path);
        var asWriter = await SendAsync(_server.Client(readWrite), method, path);

        Assert.Equal(writes ? HttpStatusCode.Forbidden : HttpStatusCode.OK, asReader.StatusCode);
        Assert.True(asWriter.IsSuccessStatusCode, $"{method} {path} with a read-write key: {(int)asWriter.StatusCode}");
    }

    [Fact]
    public async Task A_key_records_when_it_was_last_used()
    {
        var key = await _server.KeyAsync(ApiKeyScope.Read);
        var keys = _server.Services.GetRequiredService<IApiKeys>();
        Assert.Null((await keys.ListAsync(Ct)).Single().LastUsedAt);

        await _server.Client(key).GetAsync(new Uri("/api/v1/nps", UriKind.Relative), Ct);

        Assert.NotNull((await keys.ListAsync(Ct)).Single().LastUsedAt);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { url = "http://127.0.0.1:9/hook", events = OpenedOnly });
        }

        return await client.SendAsync(request, Ct);
    }
}
