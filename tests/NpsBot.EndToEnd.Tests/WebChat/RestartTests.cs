using NpsBot.Testing.Hosting;
using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>
/// Issue 7: the server restarts (same data folder, same port) in the middle of a Web Chat conversation; the page
/// reconnects by itself and the customer finishes the survey in it, with nothing missing and nothing twice.
/// </summary>
public sealed class RestartTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncDisposable
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("npsbot-e2e-restart-").FullName;

    [Fact]
    public async Task A_restart_in_the_middle_of_a_conversation_goes_unnoticed_and_the_customer_finishes_the_survey()
    {
        const string Concern = "My parcel arrived two weeks late";
        var first = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory };
        first.UseKestrel(0);
        first.StartServer();
        var address = first.ClientOptions.BaseAddress;
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, address, "?webSocket=true");
        await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));
        await chat.ClickSuggestedActionAsync("2");
        await chat.ExpectBotRepliesAsync(Said(K.DetractorApology), Said(K.DetractorAskReason));
        var before = await chat.TranscriptAsync();

        await first.DisposeAsync();
        await using var second = new RealSurveyApplicationFactory { DataDirectory = _dataDirectory };
        second.UseKestrel(address.Port);
        second.StartServer();
        await WaitForSecondStreamAsync(chat);

        Assert.Equal(before, await chat.TranscriptAsync());
        await chat.TypeAsync(Concern);
        await chat.ExpectBotRepliesAsync(Said(FollowUpKey("delivery")));
        await chat.TypeAsync("Two weeks, and it was the first time.");
        await chat.ExpectBotRepliesAsync(Said(K.ThemeConfirm, ("theme", "the delivery")));
        await chat.ClickSuggestedActionAsync(Text(K.ThemeYes));
        await chat.ExpectBotRepliesAsync(new System.Text.RegularExpressions.Regex(@"^\s*I['’]m sorry .*(delivery|order)[^\n]*\s*$"), Said(K.RemedyOffer));
        await chat.ClickSuggestedActionAsync("Send a replacement");
        await chat.ExpectBotRepliesAsync(new System.Text.RegularExpressions.Regex(@"^\s*I['’]ve asked our team to send a replacement\. They will confirm it here by .+\.\s*$"));
        await Expect(chat.UserMessages).ToHaveTextAsync(["2", Concern, "Two weeks, and it was the first time.", Text(K.ThemeYes), "Send a replacement"]);
        await chat.ExpectHealthyRunAsync(webSocket: true);
        await chat.ScreenshotAsync("restart-in-the-middle");
    }

    public ValueTask DisposeAsync()
    {
        // The two servers' database on PostgreSQL (the folder names it); nothing on SQLite.
        TestStorage.Delete(_dataDirectory);
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Web Chat reconnects on its own 3–15 s after the socket closed: waits for its second stream.</summary>
    private static async Task WaitForSecondStreamAsync(ChatPage chat)
    {
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (chat.WebSockets.Count(url => url.Contains("/stream?", StringComparison.Ordinal)) < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "Web Chat did not reconnect to the restarted server.");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
