using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NpsBot.Console.Access;
using NpsBot.EndToEnd.Tests.WebChat;
using Xunit.Sdk;
using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.Console;

/// <summary>What the manager's browser tests start from: one detractor's complaint about a late parcel, and a signed-in manager.</summary>
internal static class ManagerScenario
{
    public const string Password = "correct-horse-battery-7";

    /// <summary>A Web Chat detractor explains; the offline model labels the reason "delivery".</summary>
    private static async Task DetractorComplainsOfALateParcelAsync(BrowserFixture fixture)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, "?webSocket=true");

        // A loaded machine may take longer than the chat helper's own wait to show the first message.
        await Expect(chat.BotMessages.Nth(1)).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));
        await chat.ClickSuggestedActionAsync("2");
        await chat.ExpectBotRepliesAsync(Said(K.DetractorApology), Said(K.DetractorAskReason));
        await chat.TypeAsync("My parcel arrived two weeks late");
        await chat.ExpectBotRepliesAsync(Said(FollowUpKey("delivery")));
    }

    /// <summary>
    /// The detractor's complaint, then a new manager signed in to the dashboard in a browser context of their own, where
    /// <paramref name="steps"/> run. A failed step reports what the page and the server showed (<see cref="FailureReport"/>).
    /// </summary>
    public static async Task AsManagerAsync(BrowserFixture fixture, string email, Func<IPage, Task> steps)
    {
        await DetractorComplainsOfALateParcelAsync(fixture);
        var context = await fixture.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        await using var _ = context;
        var page = await context.NewPageAsync();
        try
        {
            await SignInToTheDashboardAsync(fixture, page, email, TestContext.Current.CancellationToken);
            await steps(page);
        }
        catch (Exception e) when (e is PlaywrightException or XunitException)
        {
            throw await FailureReport.DescribeAsync(e, page, fixture.Server);
        }
    }

    /// <summary>A new manager, who opens the dashboard, is sent to the sign-in page, signs in and lands on the dashboard.</summary>
    private static async Task SignInToTheDashboardAsync(BrowserFixture fixture, IPage page, string email, CancellationToken cancellationToken)
    {
        var users = fixture.Server.Services.GetRequiredService<IConsoleUsers>();
        Assert.True((await users.AddAsync(email, email.Split('@')[0], Password, ConsoleRoles.Manager, cancellationToken)).Succeeded);
        await page.GotoAsync(new Uri(fixture.BaseAddress, "/console/dashboard").ToString());
        await Expect(page).ToHaveURLAsync(new Regex("/console/login"));
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/console/dashboard$"), new() { Timeout = 20_000 });
    }
}
