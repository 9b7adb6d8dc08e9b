using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>The survey speaks the browser's language from the greeting on, not only from the customer's first answer.</summary>
public sealed class BrowserLanguageTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_customer_whose_browser_speaks_Spanish_is_greeted_and_surveyed_in_Spanish()
    {
        const string Spanish = "es-ES";
        await using var chat = await ChatPage.OpenAsync(fixture, "?webSocket=true", Spanish);

        await chat.ExpectBotRepliesAsync(SaidIn(Spanish, K.GreetingAnonymous), SaidIn(Spanish, K.AskScore));
        await chat.TypeAsync("3");
        await chat.ExpectBotRepliesAsync(SaidIn(Spanish, K.DetractorApology), SaidIn(Spanish, K.DetractorAskReason));

        await chat.ExpectHealthyRunAsync(webSocket: true);
        await chat.ScreenshotAsync("survey-spanish-browser-websocket");
    }
}
