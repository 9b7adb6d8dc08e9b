using NpsBot.Testing.Bots;
using static Microsoft.Playwright.Assertions;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>The official Web Chat, unmodified, on the customer's page: a whole survey per NPS branch, over WebSocket and over polling.</summary>
public sealed class WebChatSurveyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("promoter", "10", true)]
    [InlineData("promoter", "9", false)]
    [InlineData("passive", "7", true)]
    [InlineData("passive", "8", false)]
    [InlineData("detractor", "2", true)]
    [InlineData("detractor", "0", false)]
    public async Task A_customer_completes_the_survey_by_clicking_a_score_and_typing_a_reason(string category, string score, bool webSocket)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, $"?webSocket={(webSocket ? "true" : "false")}");

        await Expect(chat.SuggestedActions).ToHaveTextAsync(SurveyExpectations.ScoreButtons.ToArray());
        var greeted = await chat.BotMessages.CountAsync();
        await chat.ClickSuggestedActionAsync(score);
        await Expect(chat.UserMessages.Last).ToHaveTextAsync(score);
        await chat.WaitForBotMessageAfterAsync(greeted);
        var asked = await chat.BotMessages.CountAsync();
        await chat.TypeAsync($"A reason from a {category}.");
        var final = await chat.WaitForBotMessageAfterAsync(asked);

        Assert.Matches(SurveyExpectations.FinalMessage, final);
        var transcript = await chat.TranscriptAsync();
        Assert.True(transcript.ToList().IndexOf($"user: {score}") < transcript.ToList().IndexOf($"user: A reason from a {category}."));
        Assert.StartsWith("bot: ", transcript[^1], StringComparison.Ordinal);
        await chat.ExpectEverySendAcknowledgedAsync();
        await Expect(chat.SuggestedActions).ToHaveCountAsync(0);
        Assert.Empty(chat.OutsideRequests);
        Assert.Equal(webSocket, chat.WebSockets.Any(url => url.Contains("/stream?", StringComparison.Ordinal)));
        Assert.Equal(!webSocket, chat.Requests.Any(request => request.StartsWith("GET ", StringComparison.Ordinal) && request.Contains("/activities?watermark=", StringComparison.Ordinal)));
        await chat.ScreenshotAsync($"survey-{category}-{(webSocket ? "websocket" : "polling")}");
    }

    [Fact]
    public async Task The_page_styles_web_chat_from_configuration()
    {
        await using var chat = await ChatPage.OpenAsync(fixture, "");

        await Expect(chat.SuggestedActions).ToHaveTextAsync(SurveyExpectations.ScoreButtons.ToArray());

        await Expect(chat.Page).ToHaveTitleAsync("Tell us how we did");
        await Expect(chat.Page.Locator("#npsbot-name")).ToHaveTextAsync("NpsBot");
        await Expect(chat.Page.Locator(".webchat__initialsAvatar__initials").First).ToHaveTextAsync("NB");
        await Expect(chat.Page.Locator(".npsbot-header")).ToHaveCSSAsync("background-color", "rgb(0, 99, 177)");
        Assert.Empty(chat.OutsideRequests);
    }
}
