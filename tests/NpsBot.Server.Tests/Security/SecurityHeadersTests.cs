using System.Net;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Security;

/// <summary>Headers of the page and the API, and host filtering (issue 7).</summary>
public sealed class SecurityHeadersTests : IAsyncDisposable
{
    private readonly ServerFactory _server = new(settings: new Dictionary<string, string?> { ["WebChat:TokenRequestsPerMinute"] = "1" });

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task The_page_sends_a_full_content_security_policy_nosniff_and_a_referrer_policy_issue_7()
    {
        using var response = await _server.CreateClient().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        var policy = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.Contains("object-src 'none'", policy);
        Assert.Contains("base-uri 'none'", policy);
        Assert.Contains("frame-ancestors 'self'", policy);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Single(response.Headers.GetValues("Referrer-Policy"));
    }

    [Fact]
    public async Task A_token_answer_is_not_stored_by_caches_and_the_next_one_over_the_limit_says_when_to_retry_issue_7()
    {
        var http = _server.CreateClient();

        using var first = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null, TestContext.Current.CancellationToken);
        using var second = await http.PostAsync(new Uri("/api/webchat/token", UriKind.Relative), null, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl?.NoStore);
        Assert.Contains("default-src 'none'", string.Join(";", first.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(first.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        var retryAfter = second.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_host_header_not_in_allowed_hosts_is_refused_issue_7()
    {
        var http = _server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Host = "attacker.example";

        using var refused = await http.SendAsync(request, TestContext.Current.CancellationToken);
        using var allowed = await http.GetAsync(new Uri("/health/live", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }
}
