using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Console.Access;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Server.Tests.AgentConsole;

/// <summary>
/// The manager's view over HTTP (prerendered pages and the console's export links): managers and admins get them with
/// the real figures from the database, agents get 403 and anonymous browsers the sign-in page or 401.
/// </summary>
public sealed class ManagerViewAccessTests
{
    private static readonly string[] Pages = ["/console/dashboard?channel=webchat", "/console/responses?band=promoter", "/console/responses/1"];
    private static readonly string[] Exports = ["/console/exports/responses.csv?band=promoter", "/console/exports/responses.json?band=promoter"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(ConsoleRoles.Manager)]
    [InlineData(ConsoleRoles.Admin)]
    public async Task Managers_and_admins_get_the_dashboard_the_responses_and_the_exports(string role)
    {
        await using var server = Create();
        await ConsoleServer.AddUsersAsync(server, Ct);
        var id = await SeedPromoterAsync(server);
        using var browser = await ConsoleServer.SignedInAsync(server, role, Ct);

        using var dashboard = await browser.GetAsync(Pages[0], Ct);
        var html = WebUtility.HtmlDecode(await dashboard.Content.ReadAsStringAsync(Ct));
        using var responses = await browser.GetAsync(Pages[1], Ct);
        using var csv = await browser.GetAsync(Exports[0], Ct);
        using var json = await browser.GetAsync(Exports[1], Ct);
        using var conversation = await browser.GetAsync($"/console/responses/{id}", Ct);
        using var badFilter = await browser.GetAsync("/console/exports/responses.csv?score=12", Ct);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("NPS 100 ± 0 (n = 1)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/console/dashboard\"", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, responses.StatusCode);
        Assert.Contains("/console/responses/1?band=promoter", await responses.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("manager-view-r1", lines[1], StringComparison.Ordinal);
        Assert.Contains("manager-view-r1", await json.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, conversation.StatusCode);
        var view = await conversation.Content.ReadAsStringAsync(Ct);
        Assert.Matches("data-current-theme[^>]*>delivery<", view);
        Assert.Contains("<option value=\"price\">price</option>", view, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
        Assert.Contains("score", await badFilter.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agents_are_refused_the_manager_view_and_its_exports()
    {
        await using var server = Create();
        await ConsoleServer.AddUsersAsync(server, Ct);
        await SeedPromoterAsync(server);
        using var browser = await ConsoleServer.SignedInAsync(server, ConsoleRoles.Agent, Ct);

        foreach (var url in Pages.Concat(Exports))
        {
            using var response = await browser.GetAsync(url, Ct);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.DoesNotContain("manager-view-r1", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var console = await browser.GetAsync("/console", Ct);
        Assert.DoesNotContain("href=\"/console/dashboard\"", await console.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_browsers_are_sent_to_sign_in_and_exports_answer_401()
    {
        await using var server = Create();
        using var browser = ConsoleServer.Browser(server);

        foreach (var page in Pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Accept.ParseAdd("text/html");
            using var response = await browser.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/console/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }

        foreach (var export in Exports)
        {
            using var response = await browser.GetAsync(export, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    /// <summary>The whole server: real insights, transcript search, conversation views and theme governance on SQLite.</summary>
    private static ServerFactory Create() => new();

    private static async Task<long> SeedPromoterAsync(ServerFactory server)
    {
        await using var context = await server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
        var at = new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc);
        var response = new SurveyResponseRecord
        {
            ResponseKey = "manager-view-r1", ConversationKey = "conv-manager-view-r1", ChannelId = "webchat", Locale = "en", Score = 10,
            Category = NpsCategory.Promoter, Theme = "delivery", ThemeGuess = "delivery", Outcome = "completed", StartedAt = at, UpdatedAt = at, CompletedAt = at,
        };
        context.SurveyResponses.Add(response);
        await context.SaveChangesAsync(Ct);
        return response.Id;
    }
}
