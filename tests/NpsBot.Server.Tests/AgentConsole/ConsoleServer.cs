using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NpsBot.Console.Access;
using NpsBot.Recovery.Agents;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.AgentConsole;

/// <summary>
/// A server with three console users (one per role) and helpers to sign in over HTTP exactly as the sign-in page's
/// form does (antiforgery token included). The desk's workspace is the server's own when the host registers one; an
/// empty one otherwise, so these tests check access, not the desk.
/// </summary>
internal static partial class ConsoleServer
{
    public const string Password = "correct-horse-battery-7";

    public static ServerFactory Create() => new(configure: builder => builder.ConfigureTestServices(services =>
        services.TryAddSingleton<IAgentWorkspace, EmptyWorkspace>()));

    public static async Task<IReadOnlyDictionary<string, string>> AddUsersAsync(ServerFactory server, CancellationToken ct)
    {
        var users = server.Services.GetRequiredService<IConsoleUsers>();
        foreach (var role in ConsoleRoles.All)
        {
            var added = await users.AddAsync($"{role}@example.com", role + " person", Password, role, ct);
            Assert.True(added.Succeeded, added.Error);
        }

        return (await users.ListAsync(ct)).ToDictionary(u => u.Role, u => u.Id);
    }

    public static HttpClient Browser(ServerFactory server) =>
        server.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Posts the sign-in form; returns the response (302 to the console when it worked).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string email, string password, CancellationToken ct)
    {
        var page = await browser.GetStringAsync("/console/login", ct);
        var token = AntiforgeryField().Match(page);
        Assert.True(token.Success, "The sign-in page has an antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await browser.PostAsync("/console/login", form, ct);
    }

    public static async Task<HttpClient> SignedInAsync(ServerFactory server, string role, CancellationToken ct)
    {
        var browser = Browser(server);
        var response = await SignInAsync(browser, $"{role}@example.com", Password, ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    /// <summary>The desk's workspace with nothing in it.</summary>
    private sealed class EmptyWorkspace : IAgentWorkspace
    {
        private static readonly Task<AgentActionResult> NotFound = Task.FromResult(new AgentActionResult(AgentActionStatus.NotFound));

        public Task<IReadOnlyList<QueueEntry>> QueueAsync(AgentIdentity agent, QueueView view, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<QueueEntry>>([]);

        public Task<CaseDetail?> OpenAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken) => Task.FromResult<CaseDetail?>(null);

        public Task<AgentActionResult> ClaimAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> ReleaseAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> TransferAsync(AgentIdentity agent, string caseKey, string toUserId, string toDisplayName, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> SendAsync(AgentIdentity agent, string caseKey, string text, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> NoteAsync(AgentIdentity agent, string caseKey, string text, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> TypingAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> ApplyRemedyAsync(AgentIdentity agent, string caseKey, string remedyCode, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> ResolveAsync(AgentIdentity agent, string caseKey, Resolution resolution, CancellationToken cancellationToken) => NotFound;

        public Task<AgentActionResult> GiveBackAsync(AgentIdentity agent, string caseKey, CancellationToken cancellationToken) => NotFound;
    }
}
