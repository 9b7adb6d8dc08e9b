using System.Net;
using NpsBot.Channels.Tests.DirectLine;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.WebChat;

public sealed class WebChatPageTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly HttpClient _http = factory.CreateClient();

    [Fact]
    public async Task The_page_is_served_at_the_root_with_its_frame_ancestors_and_loads_web_chat_from_this_server()
    {
        using var response = await _http.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.EndsWith($"; frame-ancestors 'self' {NpsBotApplicationFactory.OtherOrigin}", policy, StringComparison.Ordinal);
        Assert.StartsWith("default-src 'none'; script-src 'self';", policy, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("<script src=\"lib/botframework-webchat/webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_web_chat_bundle_installed_from_npm_is_served()
    {
        using var response = await _http.GetAsync(new Uri("/lib/botframework-webchat/webchat.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Content.Headers.ContentLength > 1_000_000);
    }

    [Fact]
    public async Task The_settings_carry_the_configured_look_and_no_secret()
    {
        var json = await _http.GetStringAsync(new Uri("/api/webchat/settings", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("\"botName\":\"NpsBot\"", json, StringComparison.Ordinal);
        Assert.Contains("\"accentColor\":\"#0063B1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"resumeWithinSeconds\":1800", json, StringComparison.Ordinal);
        Assert.DoesNotContain(new DirectLineClient(factory).Secret, json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v3/directline/conversations", "POST")]
    [InlineData("/v3/directline/conversations/abc/activities?watermark=3", "GET")]
    [InlineData("/api/webchat/token", "POST")]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_the_headers_direct_line_js_sends(string path, string method)
    {
        using var request = Preflight(path, method, NpsBotApplicationFactory.OtherOrigin);

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(NpsBotApplicationFactory.OtherOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var allowed = string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")).ToUpperInvariant();
        Assert.All(["AUTHORIZATION", "CONTENT-TYPE", "X-MS-BOT-AGENT", "X-REQUESTED-WITH"], header => Assert.Contains(header, allowed, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_preflight_from_an_origin_not_configured_gets_no_allow_origin()
    {
        using var request = Preflight("/v3/directline/conversations", "POST", "http://evil.example");

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_real_answer_to_an_allowed_origin_carries_allow_origin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webchat/token");
        request.Headers.Add("Origin", NpsBotApplicationFactory.OtherOrigin);

        using var response = await _http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NpsBotApplicationFactory.OtherOrigin, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    private static HttpRequestMessage Preflight(string path, string method, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent,x-requested-with");
        return request;
    }
}
