using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;
using NpsBot.Testing.Hosting;

namespace NpsBot.Server.Tests.Messages;

/// <summary>Who may post to /api/messages (issue 7): nobody without connector auth; loopback callers in local development.</summary>
public sealed class MessagesAccessTests
{
    private static Activity Hello(string conversation) => new BotClient(new HttpClient(), conversation).Activity(ActivityTypes.Message) with { Text = "hi" };

    [Fact]
    public async Task Without_connector_auth_or_local_development_api_messages_is_closed_with_a_reason_issue_7()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = new ServerFactory(settings: new Dictionary<string, string?> { ["Bot:LocalDevelopment"] = "false" });
        try
        {
            using var response = await server.CreateClient().PostAsJsonAsync("/api/messages", Hello("closed-1"), ActivityJson.Options, ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.Contains("Bot:LocalDevelopment", problem.GetProperty("detail").GetString());
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task In_local_development_a_caller_from_another_machine_is_refused_issue_7()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = new ServerFactory();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Hello("remote-1"), options: ActivityJson.Options) };
            request.Headers.Add(TestCallerAddress.HeaderName, "203.0.113.9");

            using var response = await server.CreateClient().SendAsync(request, ct);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.Contains("loopback", problem.GetProperty("detail").GetString());
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }

    [Fact]
    public async Task In_local_development_a_caller_on_this_machine_gets_the_bots_replies()
    {
        var ct = TestContext.Current.CancellationToken;
        var server = new ServerFactory();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(Hello("local-1"), options: ActivityJson.Options) };
            request.Headers.Add(TestCallerAddress.HeaderName, "::ffff:127.0.0.1");

            using var response = await server.CreateClient().SendAsync(request, ct);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = await response.Content.ReadFromJsonAsync<JsonElement>(ct);
            Assert.NotEmpty(body.GetProperty("activities").EnumerateArray());
        }
        finally
        {
            await server.DisposeWithDataAsync();
        }
    }
}
