using NpsBot.Server.WebChat;
using NpsBot.Testing.Hosting;
using NpsBot.Testing.Ordering;
using static Microsoft.Playwright.Assertions;
using static NpsBot.Testing.Bots.SurveyExpectations;
using K = NpsBot.Surveys.Survey.SurveyKeys;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>A reload in the middle of a survey continues it; a customer signed by the embedding site is greeted by first name.</summary>
[LongRunning(36)]
public sealed class ResumeAndIdentityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reload_in_the_middle_continues_the_same_conversation(bool webSocket)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, $"?webSocket={(webSocket ? "true" : "false")}");
        await chat.ExpectBotRepliesAsync(Said(K.GreetingAnonymous), Said(K.AskScore));
        await chat.ClickSuggestedActionAsync("6");
        await chat.ExpectBotRepliesAsync(Said(K.DetractorApology), Said(K.DetractorAskReason));
        var before = await chat.TranscriptAsync();

        await chat.Page.ReloadAsync();

        await chat.ExpectBotRepliesAsync();
        Assert.Equal(before, await chat.TranscriptAsync());
        await chat.TypeAsync("Slow delivery.");
        await chat.ExpectBotRepliesAsync(Said(FollowUpKey("delivery")));
        await Expect(chat.UserMessages).ToHaveTextAsync(["6", "Slow delivery."]);
        await chat.ExpectEverySendAcknowledgedAsync();
        Assert.Empty(chat.OutsideRequests);
    }

    [Fact]
    public async Task A_customer_signed_by_the_embedding_site_is_greeted_by_first_name()
    {
        var customer = SignedCustomer.Sign("c-1042", "Alex Sample", NpsBotApplicationFactory.CustomerSigningKey, DateTimeOffset.UtcNow.AddMinutes(10));

        await using var chat = await ChatPage.OpenAsync(fixture, $"?customer={Uri.EscapeDataString(customer)}");

        await chat.ExpectBotRepliesAsync(Said(K.Greeting, ("name", "Alex")), Said(K.AskScore));
        await chat.ExpectSuggestedActionsAsync(ScoreButtons);
    }
}
