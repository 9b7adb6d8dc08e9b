using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NpsBot.Console.Access;
using NpsBot.EndToEnd.Tests.WebChat;
using NpsBot.Testing.Ordering;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.Console;

/// <summary>
/// A Web Chat customer and two agents in three browser contexts against one server: the handoff arrives live, one agent
/// claims it (the other's Claim turns off at once), they talk both ways in the customer's own chat, the agent resolves
/// with a root cause and gives the conversation back, and the bot asks the customer to rate the help.
/// </summary>
[LongRunning(29)]
public sealed class AgentConsoleTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Password = "correct-horse-battery-7";
    private static readonly PageAssertionsToHaveURLOptions Slow = new() { Timeout = 20_000 };

    [Fact]
    public async Task A_detractor_asks_for_a_person_an_agent_claims_it_live_they_talk_the_agent_resolves_and_the_bot_asks_for_the_rating()
    {
        var users = fixture.Server.Services.GetRequiredService<IConsoleUsers>();
        Assert.True((await users.AddAsync("ana@example.com", "Ana", Password, ConsoleRoles.Agent, TestContext.Current.CancellationToken)).Succeeded);
        Assert.True((await users.AddAsync("ben@example.com", "Ben", Password, ConsoleRoles.Agent, TestContext.Current.CancellationToken)).Succeeded);
        await using var ana = await ConsolePage.SignInAsync(fixture.Browser, fixture.BaseAddress, "ana@example.com", Password);
        await using var ben = await ConsolePage.SignInAsync(fixture.Browser, fixture.BaseAddress, "ben@example.com", Password);
        try
        {
            var before = await ana.Rows.CountAsync();

            // The customer becomes a detractor and asks for a person.
            await using var chat = await ChatPage.OpenAsync(fixture, "?webSocket=true");
            await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));
            await chat.ClickSuggestedActionAsync("2");
            await chat.ExpectBotRepliesAsync(Said(K.DetractorApology), Said(K.DetractorAskReason));
            await chat.TypeAsync("My parcel never arrived and I want to talk to a person");
            await Expect(chat.BotMessages.Filter(new() { HasTextRegex = new Regex("reply here by") })).ToHaveCountAsync(1, new() { Timeout = 30_000 });

            // Both consoles see it arrive without a reload.
            await Expect(ana.Rows).ToHaveCountAsync(before + 1, new() { Timeout = 30_000 });
            await Expect(ben.Rows).ToHaveCountAsync(before + 1, new() { Timeout = 30_000 });
            await Expect(ana.Page).ToHaveTitleAsync(new Regex(@"^\(\d+\) NpsBot console"));
            var row = ana.Rows.Filter(new() { HasText = "waiting for a person" }).First;
            var caseKey = await row.GetAttributeAsync("data-case");
            await ana.Page.Locator($"button.queue-row[data-case='{caseKey}']").ClickAsync();
            await ben.Page.Locator($"button.queue-row[data-case='{caseKey}']").ClickAsync();
            await Expect(ana.Action("claim")).ToBeEnabledAsync();
            await Expect(ben.Action("claim")).ToBeEnabledAsync();
            await Expect(ana.Composer).ToBeDisabledAsync();
            await ana.ScreenshotAsync("console-handoff-arrived");

            // Ana claims; Ben's Claim turns off at once and his console says who holds it.
            await ana.Action("claim").ClickAsync();
            await Expect(ana.Holder).ToContainTextAsync("You hold this conversation.");
            await Expect(ben.Action("claim")).ToBeDisabledAsync(new() { Timeout = 30_000 });
            await Expect(ben.Holder).ToContainTextAsync("Held by Ana");

            // They talk both ways: Enter sends from the console; the customer's answer appears live.
            await Expect(ana.Composer).ToBeEnabledAsync();
            await ana.Composer.FillAsync("Hello, I'm Ana. I'm sorry about your parcel; I'm looking into it now.");
            await ana.Composer.PressAsync("Enter");
            await Expect(chat.BotMessages.Filter(new() { HasText = "looking into it now" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await chat.TypeAsync("Thank you, a replacement would be great");
            await Expect(ana.Bubbles("customer").Filter(new() { HasText = "a replacement would be great" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await Expect(ana.Bubbles("agent").Filter(new() { HasText = "looking into it now" })).ToHaveCountAsync(1);
            await ana.ScreenshotAsync("console-conversation");

            // Resolve: the form refuses to go empty, then takes an outcome, a configured root cause and the action taken.
            await ana.Action("resolve").ClickAsync();
            await ana.Page.Locator("[data-resolve-submit]").ClickAsync();
            await Expect(ana.Page.Locator(".form-problems li")).ToHaveCountAsync(3);
            await ana.Page.GetByRole(AriaRole.Radio, new() { Name = "Resolved", Exact = true }).CheckAsync();
            await ana.Page.GetByRole(AriaRole.Radio, new() { Name = "Late delivery" }).CheckAsync();
            await ana.Page.GetByLabel("Action taken").FillAsync("Sent a replacement by express delivery");
            await ana.ScreenshotAsync("console-resolve-form");
            await ana.Page.Locator("[data-resolve-submit]").ClickAsync();
            await Expect(ana.Page.Locator("[data-case-status]")).ToHaveTextAsync("resolved", new() { Timeout = 30_000 });

            // Give back: the bot says so and asks the customer to rate the help they got from Ana.
            await Expect(ana.Action("give-back")).ToBeEnabledAsync();
            await ana.Action("give-back").ClickAsync();
            await Expect(chat.BotMessages.Filter(new() { HasText = "has handed our conversation back to me" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await Expect(chat.BotMessages.Filter(new() { HasText = "how would you rate the help you got from Ana" })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await chat.ClickSuggestedActionAsync("5");
            await Expect(chat.BotMessages.Filter(new() { HasText = Text("agent.rating.thanks") })).ToHaveCountAsync(1, new() { Timeout = 30_000 });
            await ana.ScreenshotAsync("console-given-back");
            await chat.ScreenshotAsync("console-customer-chat");
            Assert.Empty(chat.OutsideRequests);
        }
        catch (Exception e) when (e is PlaywrightException or XunitException)
        {
            throw await FailureReport.DescribeAsync(e, ana.Page, fixture.Server);
        }
    }
}
