using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Access;
using NpsBot.Recovery.Integrations;

namespace NpsBot.Server.Tests.AgentConsole;

/// <summary>The API keys and webhooks pages over HTTP: admins only (an agent or a manager gets 403, nobody signed in the sign-in page).</summary>
public sealed class AdminPagesAccessTests
{
    private static readonly string[] Pages = ["/console/admin/api-keys", "/console/admin/webhooks"];

    [Theory]
    [InlineData(ConsoleRoles.Agent, HttpStatusCode.Forbidden)]
    [InlineData(ConsoleRoles.Manager, HttpStatusCode.Forbidden)]
    [InlineData(ConsoleRoles.Admin, HttpStatusCode.OK)]
    public async Task Only_an_admin_reaches_the_api_keys_and_webhooks_pages(string role, HttpStatusCode expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        await ConsoleServer.AddUsersAsync(server, ct);
        await server.Services.GetRequiredService<IApiKeys>().CreateAsync("CRM sync", ApiKeyScope.Read, ct);
        using var browser = await ConsoleServer.SignedInAsync(server, role, ct);

        foreach (var page in Pages)
        {
            using var response = await browser.GetAsync(page, ct);
            var body = await response.Content.ReadAsStringAsync(ct);

            Assert.Equal(expected, response.StatusCode);
            Assert.Equal(expected == HttpStatusCode.OK, body.Contains("CRM sync", StringComparison.Ordinal) || body.Contains("Add a webhook", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Nobody_signed_in_is_sent_to_the_sign_in_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();

        foreach (var page in Pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await ConsoleServer.Browser(server).SendAsync(request, ct);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }
}
