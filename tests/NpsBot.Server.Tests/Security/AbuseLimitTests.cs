using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.AgentConsole;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Security;

/// <summary>
/// Rate limits on what an attacker would hammer (console sign-in, Direct Line tokens and conversations per client
/// address; the REST API per key), each a 429 with Retry-After; and the security headers on every kind of answer.
/// </summary>
public sealed class AbuseLimitTests : IAsyncDisposable
{
    private static readonly string[] ReferrerPolicies = ["no-referrer", "same-origin"];

    private readonly ServerFactory _server = new(settings: new Dictionary<string, string?>
    {
        ["RateLimits:SignInPerMinute"] = "3",
        ["RateLimits:DirectLinePerMinute"] = "2",
        ["RateLimits:ApiPerMinute"] = "2",
    });

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_429_with_retry_after_while_the_page_still_loads()
    {
        var browser = ConsoleServer.Browser(_server);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 4; i++)
        {
            last = await ConsoleServer.SignInAsync(browser, $"nobody{i}@example.com", "wrong-password-123", Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(3), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        AssertRetryAfter(last);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        using var page = await browser.GetAsync(new Uri("/console/login", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Direct_line_token_and_conversation_requests_over_the_limit_get_429_in_direct_lines_error_format()
    {
        var http = _server.CreateClient();
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        foreach (var path in new[] { "/v3/directline/tokens/generate", "/v3/directline/conversations", "/v3/directline/tokens/refresh" })
        {
            last = await http.PostAsync(new Uri(path, UriKind.Relative), null, Ct);
            statuses.Add(last.StatusCode);
        }

        Assert.All(statuses.Take(2), status => Assert.NotEqual(HttpStatusCode.TooManyRequests, status));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[2]);
        AssertRetryAfter(last);
        var error = await last.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("TooManyRequests", error.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_api_limit_counts_per_key_so_one_busy_key_does_not_stop_another()
    {
        var keys = _server.Services.GetRequiredService<IApiKeys>();
        var busy = (await keys.CreateAsync("busy", ApiKeyScope.Read, Ct)).Key;
        var quiet = (await keys.CreateAsync("quiet", ApiKeyScope.Read, Ct)).Key;

        var busyStatuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 3; i++)
        {
            last = await GetNpsAsync(busy);
            busyStatuses.Add(last.StatusCode);
        }

        using var other = await GetNpsAsync(quiet);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], busyStatuses);
        AssertRetryAfter(last);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("GET", "/console/login")]
    [InlineData("GET", "/console")]
    [InlineData("GET", "/api/v1/nps")]
    [InlineData("POST", "/api/messages")]
    [InlineData("GET", "/v3/directline/conversations/x/activities")]
    [InlineData("GET", "/health/live")]
    [InlineData("GET", "/no/such/page")]
    public async Task Every_answer_carries_nosniff_a_referrer_policy_and_a_csp_that_limits_framing(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{", System.Text.Encoding.UTF8, "application/json");
        }

        using var response = await ConsoleServer.Browser(_server).SendAsync(request, Ct);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains(Assert.Single(response.Headers.GetValues("Referrer-Policy")), ReferrerPolicies);
        Assert.Contains("frame-ancestors", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetNpsAsync(string key)
    {
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return await client.GetAsync(new Uri("/api/v1/nps", UriKind.Relative), Ct);
    }

    private static void AssertRetryAfter(HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }
}
