using Microsoft.Playwright;
using NpsBot.EndToEnd.Tests.WebChat;
using static Microsoft.Playwright.Assertions;

namespace NpsBot.EndToEnd.Tests.Console;

/// <summary>The agent console as an agent uses it: signs in through the form, picks rows, clicks the actions, types.</summary>
internal sealed class ConsolePage(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ILocator Rows => Page.Locator("button.queue-row");

    public ILocator Composer => Page.Locator("textarea[data-composer]");

    public ILocator Holder => Page.Locator("[data-holder]");

    public ILocator Action(string name) => Page.Locator($"[data-action={name}]");

    public ILocator Bubbles(string role) => Page.Locator($"li.bubble-{role} .bubble-text");

    /// <summary>Opens /console, is sent to the sign-in page, signs in, and waits until the console is live (runs in its circuit).</summary>
    public static async Task<ConsolePage> SignInAsync(IBrowser browser, Uri server, string email, string password)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var console = new ConsolePage(context, await context.NewPageAsync());
        await console.Page.GotoAsync(new Uri(server, "/console").ToString());
        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console/login"));
        await console.Page.GetByLabel("E-mail").FillAsync(email);
        await console.Page.GetByLabel("Password").FillAsync(password);
        await console.Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(console.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/console$"));

        // The prerendered page cannot answer clicks; the layout marks the page live once it runs in the circuit.
        await Expect(console.Page.Locator("[data-live=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        return console;
    }

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
