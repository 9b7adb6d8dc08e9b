using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NpsBot.EndToEnd.Tests.WebChat;
using static Microsoft.Playwright.Assertions;

namespace NpsBot.EndToEnd.Tests.Console;

/// <summary>
/// A manager clicks the dashboard's theme bar while the page is still starting its circuit (the prerendered dashboard
/// shows, the circuit is not yet running it). They must land on the responses behind the bar and stay there. With
/// Blazor's enhanced navigation on, the responses were fetched into the page, then the circuit, started for the
/// dashboard, drew the dashboard again under /console/responses: the list was gone (CI, 5 December, on PostgreSQL,
/// where the circuit started later). Reproduced here by holding the circuit's negotiation back and letting it go a few
/// milliseconds before the click; before the fix, 20 and 50 ms showed the dashboard.
/// </summary>
public sealed class ClickWhileGoingLiveTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>How long after the circuit's negotiation is let go the bar is clicked (before the fix, 20 and 50 ms failed).</summary>
    private static readonly int[] ClickAfterMs = [0, 20, 50, 100];

    [Fact]
    public async Task A_click_while_the_dashboard_starts_its_circuit_lands_on_the_page_clicked()
    {
        var ct = TestContext.Current.CancellationToken;
        await ManagerScenario.AsManagerAsync(fixture, "noa@example.com", async page =>
        {
            foreach (var clickAfter in ClickAfterMs)
            {
                var negotiation = new TaskCompletionSource();
                await page.RouteAsync("**/_blazor/negotiate**", async route =>
                {
                    await negotiation.Task;
                    await route.ContinueAsync();
                });
                await page.GotoAsync(new Uri(fixture.BaseAddress, "/console/dashboard").ToString());
                await Expect(page.Locator("[data-nps]")).ToHaveTextAsync("NPS -100 ± 0 (n = 1)", new() { Timeout = 20_000 });
                Assert.Equal(0, await page.Locator("[data-live=true]").CountAsync());

                negotiation.SetResult();
                await Task.Delay(clickAfter, ct);
                await page.Locator("[data-chart=themes] a[data-bar=delivery]").ClickAsync();

                // On a loaded machine the circuit's first render can replace the bar under the pointer and the click is
                // lost (the address stays the dashboard's): the manager clicks again. The fault this test is about is
                // another: the address of the page clicked with the dashboard drawn under it, which the checks below see.
                if (!await LeftTheDashboardAsync(page))
                {
                    await page.Locator("[data-chart=themes] a[data-bar=delivery]").ClickAsync();
                }

                await Expect(page).ToHaveURLAsync(new Regex(@"/console/responses\?theme=delivery$"), new() { Timeout = 20_000 });
                await Expect(page.Locator("[data-live=true]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
                await Expect(page.Locator("[data-response]")).ToHaveCountAsync(1, new() { Timeout = 10_000 });
                await Expect(page.Locator("[data-nps]")).ToHaveCountAsync(0);
                await page.UnrouteAllAsync();
            }

            // Once a page is live its links are followed in the circuit (the interactive router), not by loading a document.
            var documents = 0;
            page.Request += (_, request) => documents += request.ResourceType == "document" ? 1 : 0;
            await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
            await Expect(page.Locator("[data-nps]")).ToHaveTextAsync("NPS -100 ± 0 (n = 1)", new() { Timeout = 20_000 });
            await page.Locator("[data-chart=themes] a[data-bar=delivery]").ClickAsync();
            await Expect(page.Locator("[data-response]")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
            Assert.Equal(0, documents);
        });
    }

    private static async Task<bool> LeftTheDashboardAsync(IPage page)
    {
        try
        {
            await page.WaitForURLAsync(new Regex(@"/console/responses"), new() { Timeout = 5_000 });
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }
}
