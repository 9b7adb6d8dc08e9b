using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Storage;
using NpsBot.Testing.Ordering;
using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>
/// The official Web Chat, unmodified, on the customer's page against the real survey: every NPS branch walked by clicking
/// and typing, over WebSocket and over polling, with the wording read from dialogs/locales/en.yaml.
/// </summary>
[LongRunning(80)]
public sealed class WebChatSurveyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("10", true)]
    [InlineData("9", false)]
    public async Task A_promoter_says_what_they_like_most_and_is_invited_to_write_a_review(string score, bool webSocket)
    {
        await using var chat = await OpenGreetedAsync(webSocket);

        await chat.ClickSuggestedActionAsync(score);
        await chat.ExpectBotRepliesAsync(Said(K.PromoterThanks), Said(K.PromoterAskLikeMost));
        await chat.TypeAsync("The friendly staff.");
        await chat.ExpectBotRepliesAsync(Said(K.PromoterInviteReview, ("reviewUrl", ReviewUrl)));

        await chat.ExpectSuggestedActionsAsync(Text(K.PromoterReviewButton));
        await Expect(chat.UserMessages).ToHaveTextAsync([score, "The friendly staff."]);
        await chat.ExpectHealthyRunAsync(webSocket);
        await chat.ScreenshotAsync($"survey-promoter-{Transport(webSocket)}");

        // The button opens the review page (the only other host the chat may lead to) and sends nothing to the bot.
        await chat.OpenSuggestedLinkAsync(Text(K.PromoterReviewButton));
        Assert.Equal(ReviewUrl, Assert.Single(chat.OutsideRequests));
        await Expect(chat.UserMessages).ToHaveCountAsync(2);
    }

    [Theory]
    [InlineData("7", true)]
    [InlineData("8", false)]
    public async Task A_passive_says_what_would_make_it_a_ten_and_is_thanked(string score, bool webSocket)
    {
        await using var chat = await OpenGreetedAsync(webSocket);

        await chat.ClickSuggestedActionAsync(score);
        await chat.ExpectBotRepliesAsync(Said(K.PassiveAskImprovement));
        await chat.TypeAsync("Cheaper delivery.");
        await chat.ExpectBotRepliesAsync(Said(K.PassiveThanks));

        await chat.ExpectSuggestedActionsAsync();
        await Expect(chat.UserMessages).ToHaveTextAsync([score, "Cheaper delivery."]);
        await chat.ExpectHealthyRunAsync(webSocket);
        await chat.ScreenshotAsync($"survey-passive-{Transport(webSocket)}");
    }

    [Theory]
    [InlineData("2", true)]
    [InlineData("0", false)]
    public async Task A_detractor_gets_a_sharper_question_confirms_the_theme_hears_an_acknowledgement_and_picks_a_remedy(string score, bool webSocket)
    {
        const string Concern = "My parcel arrived two weeks late";
        await using var chat = await OpenGreetedAsync(webSocket);

        await chat.ClickSuggestedActionAsync(score);
        await chat.ExpectBotRepliesAsync(Said(K.DetractorApology), Said(K.DetractorAskReason));
        await chat.TypeAsync(Concern);
        await chat.ExpectBotRepliesAsync(Said(FollowUpKey("delivery")));
        await chat.TypeAsync("Two weeks, and it was the first time.");
        await chat.ExpectBotRepliesAsync(Said(K.ThemeConfirm, ("theme", "the delivery")));
        await chat.ClickSuggestedActionAsync(Text(K.ThemeYes));

        // The playbook's acknowledgement names the delivery in the bot's words, never the customer's.
        await chat.ExpectBotRepliesAsync(new System.Text.RegularExpressions.Regex(@"^\s*I['’]m sorry .*(delivery|order)[^\n]*\s*$"), Said(K.RemedyOffer));
        await chat.ClickSuggestedActionAsync("Send a replacement");
        await chat.ExpectBotRepliesAsync(new System.Text.RegularExpressions.Regex(@"^\s*I['’]ve asked our team to send a replacement\. They will confirm it here by .+\.\s*$"));

        await chat.ExpectSuggestedActionsAsync();
        await Expect(chat.UserMessages).ToHaveTextAsync([score, Concern, "Two weeks, and it was the first time.", Text(K.ThemeYes), "Send a replacement"]);

        // The case holds the choice (the page's customer id is its own, so look for this score's delivery case).
        await using (var context = await fixture.Server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            var scored = int.Parse(score, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(await context.Cases.AnyAsync(
                c => c.Score == scored && c.Theme == "delivery" && c.Remedy == "reship" && c.Status == "open", TestContext.Current.CancellationToken));
        }
        await chat.ExpectHealthyRunAsync(webSocket);
        await chat.ScreenshotAsync($"survey-detractor-{Transport(webSocket)}");
    }

    [Fact]
    public async Task The_page_styles_web_chat_from_configuration()
    {
        await using var chat = await ChatPage.OpenAsync(fixture, "");

        await chat.ExpectSuggestedActionsAsync(ScoreButtons);

        await Expect(chat.Page).ToHaveTitleAsync("Tell us how we did");
        await Expect(chat.Page.Locator("#npsbot-name")).ToHaveTextAsync("NpsBot");
        await Expect(chat.Page.Locator(".webchat__initialsAvatar__initials").First).ToHaveTextAsync("NB");
        await Expect(chat.Page.Locator(".npsbot-header")).ToHaveCSSAsync("background-color", "rgb(0, 99, 177)");
        Assert.Empty(chat.OutsideRequests);
    }

    private async Task<ChatPage> OpenGreetedAsync(bool webSocket)
    {
        var chat = await ChatPage.OpenAsync(fixture, $"?webSocket={(webSocket ? "true" : "false")}");
        await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));
        await chat.ExpectSuggestedActionsAsync(ScoreButtons);
        return chat;
    }

    private static string Transport(bool webSocket) => webSocket ? "websocket" : "polling";
}
