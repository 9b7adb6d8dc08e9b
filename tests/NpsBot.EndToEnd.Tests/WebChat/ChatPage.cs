using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The customer's chat page as a person uses it: clicks suggested actions, types, reads bubbles. Every request to
/// another host is refused and recorded, so a test also proves the page needs nothing from the internet.
/// </summary>
internal sealed class ChatPage(IBrowserContext context, IPage page, Uri server) : IAsyncDisposable
{
    private readonly ConcurrentQueue<string> _outside = new();
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _sockets = new();
    private readonly ConcurrentQueue<string> _policyViolations = new();
    private readonly List<Regex> _botSaid = [];

    public IPage Page { get; } = page;

    public IReadOnlyCollection<string> OutsideRequests => _outside;

    public IReadOnlyCollection<string> Requests => _requests;

    public IReadOnlyCollection<string> WebSockets => _sockets;

    /// <summary>The Content-Security-Policy the page was served with.</summary>
    public string? PagePolicy { get; private set; }

    /// <summary>What the browser refused under the page's Content-Security-Policy (Chromium reports each on the console).</summary>
    public IReadOnlyCollection<string> PolicyViolations => _policyViolations;

    public ILocator SuggestedActions => Page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button);

    public ILocator BotMessages => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator UserMessages => Page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    /// <summary>Every bubble in transcript order, as "bot: text" or "user: text".</summary>
    public async Task<IReadOnlyList<string>> TranscriptAsync() =>
        await Page.Locator(".webchat__bubble").EvaluateAllAsync<string[]>(
            "bubbles => bubbles.map(b => (b.classList.contains('webchat__bubble--from-user') ? 'user: ' : 'bot: ') + b.querySelector('.webchat__bubble__content').innerText.trim())");

    /// <summary>Opens the chat page in a new browser context; <paramref name="locale"/> is the browser's language (default en-US).</summary>
    public static Task<ChatPage> OpenAsync(BrowserFixture fixture, string query, string? locale = null) =>
        OpenAsync(fixture.Browser, fixture.BaseAddress, query, locale);

    /// <summary>Opens the chat page of the server at <paramref name="server"/> (a server the test runs itself).</summary>
    public static async Task<ChatPage> OpenAsync(IBrowser browser, Uri server, string query, string? locale = null)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 900, Height = 900 }, Locale = locale });
        var chat = new ChatPage(context, await context.NewPageAsync(), server);
        await context.RouteAsync("**/*", chat.RouteAsync);
        chat.Page.Request += (_, request) => chat._requests.Enqueue($"{request.Method} {request.Url}");
        chat.Page.WebSocket += (_, socket) => chat._sockets.Enqueue(socket.Url);
        chat.Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                chat._policyViolations.Enqueue(message.Text);
            }
        };
        var page = await chat.Page.GotoAsync(new Uri(server, query).ToString());
        chat.PagePolicy = page is null ? null : await page.HeaderValueAsync("content-security-policy");
        return chat;
    }

    public async Task ClickSuggestedActionAsync(string title) =>
        await SuggestedActions.GetByText(title, new() { Exact = true }).ClickAsync();

    /// <summary>
    /// Clicks a suggested action that opens a link in a new window, and waits until that window has tried the address
    /// (blocked and listed in <see cref="OutsideRequests"/>, as any other host is).
    /// </summary>
    public async Task OpenSuggestedLinkAsync(string title)
    {
        var window = await context.RunAndWaitForPageAsync(() => ClickSuggestedActionAsync(title));
        await window.WaitForLoadStateAsync();
    }

    public async Task TypeAsync(string text)
    {
        var input = Page.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>
    /// Waits until the bot's messages are everything it said so far followed by <paramref name="replies"/>, in order and
    /// nothing more (a duplicate or a missing reply fails), and remembers them for the next call.
    /// </summary>
    public async Task ExpectBotRepliesAsync(params Regex[] replies)
    {
        _botSaid.AddRange(replies);
        // A reply is a whole durable turn plus the stream to the browser: on a loaded machine it can take longer than
        // Playwright's default 5 s (seen once in CI), so the bound is wider; a reply that never comes still fails.
        await Expect(BotMessages).ToHaveTextAsync(_botSaid, new() { Timeout = 30_000 });
    }

    /// <summary>Waits until the suggested actions are exactly these titles (none when empty).</summary>
    public async Task ExpectSuggestedActionsAsync(params IEnumerable<string> titles)
    {
        string[] expected = [.. titles];
        await (expected.Length == 0 ? Expect(SuggestedActions).ToHaveCountAsync(0) : Expect(SuggestedActions).ToHaveTextAsync(expected));
    }

    /// <summary>
    /// What every survey run must show: each send acknowledged, nothing requested from another host, nothing refused by
    /// the page's Content-Security-Policy, and the requested transport really used (a WebSocket stream, or polling GETs).
    /// </summary>
    public async Task ExpectHealthyRunAsync(bool webSocket)
    {
        await ExpectEverySendAcknowledgedAsync();
        Assert.Empty(OutsideRequests);
        Assert.Contains("default-src 'none'", PagePolicy, StringComparison.Ordinal);
        Assert.Empty(PolicyViolations);
        Assert.Equal(webSocket, WebSockets.Any(url => url.Contains("/stream?", StringComparison.Ordinal)));
        Assert.Equal(!webSocket, Requests.Any(request => request.StartsWith("GET ", StringComparison.Ordinal) && request.Contains("/activities?watermark=", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The user's messages were all acknowledged by their echo: none is still sending or failed. Web Chat marks both states
    /// with one class in any language; the English texts are what a reader of the English page would see.
    /// </summary>
    public async Task ExpectEverySendAcknowledgedAsync()
    {
        await Expect(Page.Locator(".webchat__activity-status--sending")).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Send failed", new() { Exact = false })).ToHaveCountAsync(0);
        await Expect(Page.GetByText("Sending", new() { Exact = true })).ToHaveCountAsync(0);
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    private async Task RouteAsync(IRoute route)
    {
        var url = new Uri(route.Request.Url);
        if (url.Scheme is "http" or "https" or "ws" or "wss" && url.Authority != server.Authority)
        {
            _outside.Enqueue(route.Request.Url);
            await route.AbortAsync("internetdisconnected");
            return;
        }

        await route.ContinueAsync();
    }
}
