using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Access;
using NpsBot.Console.Live;
using NpsBot.Recovery.Agents;

namespace NpsBot.Server.Tests.AgentConsole;

/// <summary>Who gets what from the console's pages, endpoints and hubs: anonymous, each role, a disabled user.</summary>
public sealed class ConsoleAccessTests
{
    private static readonly string[] Hubs = ["/hubs/agents/negotiate?negotiateVersion=1", "/_blazor/negotiate?negotiateVersion=1"];

    [Fact]
    public async Task Anonymous_browsers_are_sent_to_sign_in_and_get_nothing_from_pages_or_hubs()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        using var browser = ConsoleServer.Browser(server);

        foreach (var page in new[] { "/console", "/console/users" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await browser.SendAsync(request, ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            Assert.DoesNotContain("console-queue", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        foreach (var hub in Hubs)
        {
            using var response = await browser.PostAsync(hub, null, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var logout = await browser.PostAsync("/console/logout", null, ct);
        Assert.True(logout.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"logout answered {logout.StatusCode}");

        using var login = await browser.GetAsync("/console/login", ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var policies = login.Headers.GetValues("Content-Security-Policy").ToList();
        Assert.Contains(policies, policy => policy.Contains("default-src 'self'", StringComparison.Ordinal));
        Assert.DoesNotContain(policies, policy => policy.Contains("default-src 'none'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ConsoleRoles.Agent, HttpStatusCode.Forbidden)]
    [InlineData(ConsoleRoles.Manager, HttpStatusCode.Forbidden)]
    [InlineData(ConsoleRoles.Admin, HttpStatusCode.OK)]
    public async Task Each_role_gets_the_console_and_only_admins_get_the_users_page(string role, HttpStatusCode usersPage)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        await ConsoleServer.AddUsersAsync(server, ct);
        using var browser = await ConsoleServer.SignedInAsync(server, role, ct);

        using var console = await browser.GetAsync("/console", ct);
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
        Assert.Contains("console-queue", await console.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        using var users = await browser.GetAsync("/console/users", ct);
        Assert.Equal(usersPage, users.StatusCode);
        if (usersPage == HttpStatusCode.OK)
        {
            Assert.Contains("agent@example.com", await users.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        }

        foreach (var hub in Hubs)
        {
            using var response = await browser.PostAsync(hub, null, ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_five_in_a_row_lock_the_account()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        await ConsoleServer.AddUsersAsync(server, ct);
        using var browser = ConsoleServer.Browser(server);

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await ConsoleServer.SignInAsync(browser, "agent@example.com", "not-the-password-at-all", ct);
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var locked = await ConsoleServer.SignInAsync(browser, "agent@example.com", ConsoleServer.Password, ct);
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        using var console = await browser.GetAsync("/console", ct);
        Assert.NotEqual(HttpStatusCode.OK, console.StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_loses_pages_and_hubs_at_once_and_cannot_sign_in_again()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        var ids = await ConsoleServer.AddUsersAsync(server, ct);
        using var browser = await ConsoleServer.SignedInAsync(server, ConsoleRoles.Agent, ct);
        using (var before = await browser.GetAsync("/console", ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var disabled = await server.Services.GetRequiredService<IConsoleUsers>().SetDisabledAsync(ids[ConsoleRoles.Agent], true, ct);
        Assert.True(disabled.Succeeded, disabled.Error);

        using (var page = await browser.GetAsync("/console", ct))
        {
            Assert.NotEqual(HttpStatusCode.OK, page.StatusCode);
        }

        foreach (var hub in Hubs)
        {
            using var response = await browser.PostAsync(hub, null, ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }

        using var again = await ConsoleServer.SignInAsync(ConsoleServer.Browser(server), "agent@example.com", ConsoleServer.Password, ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("disabled", await again.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agents_hub_carries_the_feed_to_signed_in_staff_and_closes_a_disabled_users_connection()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = ConsoleServer.Create();
        var ids = await ConsoleServer.AddUsersAsync(server, ct);
        using var browser = ConsoleServer.Browser(server);
        using var signedIn = await ConsoleServer.SignInAsync(browser, "agent@example.com", ConsoleServer.Password, ct);
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("npsbot.console=", StringComparison.Ordinal)).Split(';')[0];
        var changed = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(server.Server.BaseAddress, "/hubs/agents"), options =>
            {
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => server.Server.CreateHandler();
                options.Headers["Cookie"] = cookie;
            })
            .Build();
        hub.On<string>("CaseChanged", changed.SetResult);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        await hub.StartAsync(ct);
        // The client's start completes at the handshake, before the server has added the connection to its clients (a
        // message sent to all in between is not for it: CI lost one so). The hub registers it last, in OnConnectedAsync.
        await WaitForAsync(() => server.Services.GetRequiredService<HubConnections>().Count == 1, ct);

        await server.Services.GetRequiredService<IAgentFeed>().CaseChangedAsync("case-42", ct);
        // Generous waits: a safety net against a hang, not a speed asserted.
        Assert.Equal("case-42", await changed.Task.WaitAsync(TimeSpan.FromSeconds(60), ct));

        await server.Services.GetRequiredService<IConsoleUsers>().SetDisabledAsync(ids[ConsoleRoles.Agent], true, ct);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(60), ct);
    }

    /// <summary>Polls until the condition holds; 60 s is a safety net against a hang, not a speed asserted.</summary>
    private static async Task WaitForAsync(Func<bool> condition, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            await Task.Delay(20, limit.Token);
        }
    }
}
