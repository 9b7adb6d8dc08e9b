using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.AgentConsole;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Input;

/// <summary>
/// Bad input is never a 5xx: every endpoint the server maps (read from its <see cref="EndpointDataSource"/>, so a new
/// one is walked without editing this test) gets malformed and oversized bodies, wrong content types and bad query
/// values, as an anonymous caller and as a caller with the credentials it asks for (an API key, a Direct Line token,
/// an admin's console cookie). Then the cases named by hand, with the field named in the answer.
/// </summary>
public sealed class EndpointWalkTests : IAsyncDisposable
{
    private static readonly (string Name, string? ContentType, string? Body)[] Bodies =
    [
        ("no body", null, null),
        ("malformed JSON", "application/json", "{\"type\":"),
        ("JSON null", "application/json", "null"),
        ("JSON array", "application/json", "[1,2]"),
        ("wrong types", "application/json", """{"type":7,"url":5,"events":"x","text":{},"eventId":[],"channel":false,"from":"me","value":"{"}"""),
        ("plain text", "text/plain", "hello"),
        ("form", "application/x-www-form-urlencoded", "a=%%%&b"),
        ("XML", "application/xml", "<a/>"),
        ("huge JSON", "application/json", "{\"text\":\"" + new string('a', 1100 * 1024) + "\"}"),
    ];

    private const string BadQuery = "?limit=abc&cursor=%25%25%25&from=not-a-date&to=2026-13-45&granularity=year&band=maybe&channel=&watermark=-1&t=%00";

    private readonly ServerFactory _server = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task Every_mapped_endpoint_answers_bad_input_without_a_5xx()
    {
        await ConsoleServer.AddUsersAsync(_server, Ct);
        var admin = await ConsoleServer.SignedInAsync(_server, "admin", Ct);
        var key = (await _server.Services.GetRequiredService<IApiKeys>().CreateAsync("walk", ApiKeyScope.ReadWrite, Ct)).Key;
        var webChat = await WebChatCustomer.StartAsync(_server.CreateClient());
        var routes = Routes(webChat.ConversationId);
        Assert.Contains(routes, r => r.Path == "/api/messages");
        Assert.Contains(routes, r => r.Path.StartsWith("/v3/directline/", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Path.StartsWith("/api/v1/", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Path.StartsWith("/console", StringComparison.Ordinal));
        Assert.Contains(routes, r => r.Path.Contains("negotiate", StringComparison.Ordinal) || r.Path.StartsWith("/hubs/", StringComparison.Ordinal));

        var failures = new List<string>();
        var sent = 0;
        foreach (var (method, path) in routes)
        {
            foreach (var caller in new[] { "anonymous", "credentialed" })
            {
                foreach (var (name, contentType, body, query) in Bodies.Select(b => (b.Name, b.ContentType, b.Body, "")).Append(("bad query", null, null, BadQuery)))
                {
                    {
                        using var request = new HttpRequestMessage(new HttpMethod(method), path + query);
                        if (body is not null)
                        {
                            request.Content = new StringContent(body, Encoding.UTF8);
                            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType!);
                        }

                        var client = caller == "anonymous" ? _server.CreateClient() : Credentialed(path, admin, key, webChat.Token);
                        using var response = await SendAsync(client, request);
                        sent++;
                        if ((int)response.StatusCode >= 500)
                        {
                            failures.Add($"{method} {path}{query} ({caller}, {name}): {(int)response.StatusCode}");
                        }
                    }
                }
            }
        }

        Assert.True(sent > 200, $"Only {sent} requests were sent.");
        Assert.Empty(failures);
    }

    [Fact]
    public async Task A_console_sign_in_with_an_empty_email_is_asked_again_not_a_fault()
    {
        var browser = ConsoleServer.Browser(_server);

        using var response = await ConsoleServer.SignInAsync(browser, "", "some-password-123", Ct);

        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}");
        var page = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("E-mail", page, StringComparison.Ordinal);
        Assert.Contains("validation-message", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"{not json\"")]
    [InlineData("{\"score\":\"eleven\"}")]
    [InlineData("{\"score\":{\"deep\":[1,2,3]}}")]
    [InlineData("[1,2,3]")]
    [InlineData("42")]
    public async Task A_teams_card_submit_with_a_malformed_value_is_answered_not_a_fault(string value)
    {
        var body = $$"""
            {"type":"message","id":"card-1","channelId":"msteams","deliveryMode":"expectReplies","serviceUrl":"http://127.0.0.1:1/",
             "conversation":{"id":"teams-walk","conversationType":"personal"},"from":{"id":"29:abc"},"recipient":{"id":"28:bot"},
             "locale":"en-US","value":{{value}}}
            """;

        using var response = await _server.CreateClient().PostAsync(
            new Uri("/api/messages", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.True((int)response.StatusCode is >= 200 and < 500, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(Ct)}");
    }

    [Fact]
    public async Task A_direct_line_post_without_from_is_taken_from_the_token_or_refused_naming_from_never_a_fault()
    {
        var webChat = await WebChatCustomer.StartAsync(_server.CreateClient());
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", webChat.Token);

        using var response = await client.PostAsJsonAsync($"/v3/directline/conversations/{webChat.ConversationId}/activities", new { type = "message", text = "7" }, Ct);

        var answer = await response.Content.ReadAsStringAsync(Ct);
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {answer}");
        if (!response.IsSuccessStatusCode)
        {
            Assert.Contains("from", answer, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/api/v1/responses?limit=abc", "limit")]
    [InlineData("/api/v1/responses?band=maybe", "band")]
    [InlineData("/api/v1/cases?cursor=%25%25", "cursor")]
    [InlineData("/api/v1/nps?granularity=year", "granularity")]
    [InlineData("/api/v1/nps?from=not-a-date", "from")]
    public async Task A_bad_api_query_value_gets_400_problem_details_naming_it(string path, string field)
    {
        var key = (await _server.Services.GetRequiredService<IApiKeys>().CreateAsync("walk", ApiKeyScope.Read, Ct)).Key;
        var client = _server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    /// <summary>Every route endpoint with a concrete path: parameters filled in (the live conversation for Direct Line).</summary>
    private List<(string Method, string Path)> Routes(string conversationId)
    {
        var routes = new List<(string, string)>();
        foreach (var endpoint in _server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var path = "/" + string.Join("/", pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => Value(parameter, conversationId),
                _ => "x",
            }))));
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET", "POST"];
            routes.AddRange(methods.Where(m => m != "OPTIONS").Select(m => (m, path.Replace("//", "/", StringComparison.Ordinal))));
        }

        return [.. routes.Distinct()];
    }

    private static string Value(Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter, string conversationId) =>
        parameter.Name switch
        {
            "conversationId" => conversationId,
            _ when parameter.ParameterPolicies.Any(p => p.Content is "long" or "int") => "1",
            _ => "x",
        };

    private HttpClient Credentialed(string path, HttpClient admin, string key, string token)
    {
        if (path.StartsWith("/console", StringComparison.Ordinal) || path.StartsWith("/_blazor", StringComparison.Ordinal) || path.StartsWith("/hubs", StringComparison.Ordinal))
        {
            return admin;
        }

        var client = _server.CreateClient();
        if (path.StartsWith("/api/v1", StringComparison.Ordinal))
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }
        else if (path.StartsWith("/v3/directline", StringComparison.Ordinal))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>Sends one request; a request the server cannot take at all (it aborts the connection) is a fault too.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            return await client.SendAsync(request, timeout.Token);
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or OperationCanceledException && !Ct.IsCancellationRequested)
        {
            return new HttpResponseMessage(HttpStatusCode.InternalServerError) { ReasonPhrase = e.GetType().Name + ": " + e.Message };
        }
    }
}
