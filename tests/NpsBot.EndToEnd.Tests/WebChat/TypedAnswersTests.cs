using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>A customer who types instead of clicking: a score in the send box, and "stop" in the middle of the survey.</summary>
public sealed class TypedAnswersTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_can_type_the_score_instead_of_clicking_it()
    {
        await using var chat = await ChatPage.OpenAsync(fixture, "?webSocket=false");
        await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));

        await chat.TypeAsync("8");
        await chat.ExpectBotRepliesAsync(Said(K.PassiveAskImprovement));
        await chat.TypeAsync("Faster replies.");
        await chat.ExpectBotRepliesAsync(Said(K.PassiveThanks));

        await Expect(chat.UserMessages).ToHaveTextAsync(["8", "Faster replies."]);
        await chat.ExpectSuggestedActionsAsync();
        await chat.ExpectHealthyRunAsync(webSocket: false);
        await chat.ScreenshotAsync("survey-typed-score-polling");
    }

    [Fact]
    public async Task A_customer_who_types_stop_in_the_middle_gets_the_polite_stop_message()
    {
        await using var chat = await ChatPage.OpenAsync(fixture, "?webSocket=true");
        await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));
        await chat.ClickSuggestedActionAsync("3");
        await chat.ExpectBotRepliesAsync(Said(K.DetractorApology), Said(K.DetractorAskReason));

        await chat.TypeAsync("stop");

        await chat.ExpectBotRepliesAsync(Said(K.Stopped));
        await chat.ExpectSuggestedActionsAsync();
        await chat.ExpectHealthyRunAsync(webSocket: true);
        await chat.ScreenshotAsync("survey-stopped-websocket");
    }
}
