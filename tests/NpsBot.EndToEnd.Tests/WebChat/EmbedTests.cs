using Microsoft.Playwright;
using NpsBot.Testing.Hosting;
using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>The README's script tag on another site (an origin listed in WebChat:FrameAncestors) opens the chat in an iframe.</summary>
public sealed class EmbedTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_embed_script_puts_the_chat_on_another_site_and_the_survey_runs_inside_it()
    {
        await using var context = await fixture.Browser.NewContextAsync();
        var shopPage = $"""
            <!DOCTYPE html><html><head><title>Shop</title></head><body><h1>Shop</h1>
            <script src="{fixture.BaseAddress}webchat/embed.js" data-label="Feedback" async></script></body></html>
            """;
        await context.RouteAsync($"{NpsBotApplicationFactory.OtherOrigin}/**", route => route.FulfillAsync(new() { ContentType = "text/html", Body = shopPage }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(NpsBotApplicationFactory.OtherOrigin + "/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Feedback" }).ClickAsync();
        var chat = page.FrameLocator("iframe[data-npsbot=chat]");
        var buttons = chat.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button);
        var botMessages = chat.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

        // A bot's reply may take a while on a busy machine (the first turn of a server on PostgreSQL most): 30 s, as
        // ChatPage waits for one; a reply that never comes still fails.
        var reply = new LocatorAssertionsToHaveTextOptions { Timeout = 30_000 };
        await Expect(buttons).ToHaveTextAsync(ScoreButtons.ToArray(), reply);
        await buttons.GetByText("9", new() { Exact = true }).ClickAsync();
        await Expect(botMessages).ToHaveTextAsync([Said(K.GreetingAnonymous), Said(K.AskScore), Said(K.PromoterThanks), Said(K.PromoterAskLikeMost)], reply);
        var input = chat.Locator("[data-id='webchat-sendbox-input']");
        await input.FillAsync("Great service.");
        await input.PressAsync("Enter");

        await Expect(botMessages.Last).ToHaveTextAsync(Said(K.PromoterInviteReview, ("reviewUrl", ReviewUrl)), reply);
        await Expect(buttons).ToHaveTextAsync([Text(K.PromoterReviewButton)], reply);
        await Expect(chat.Locator(".webchat__bubble--from-user .webchat__bubble__content")).ToHaveTextAsync(["9", "Great service."]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ArtifactsDirectory, "embedded-on-another-site.png") });
    }
}
