using NpsBot.Server.WebChat;
using NpsBot.Testing.Bots;
using NpsBot.Testing.Hosting;
using static Microsoft.Playwright.Assertions;

namespace NpsBot.EndToEnd.Tests.WebChat;

/// <summary>A reload in the middle of a survey continues it; a customer signed by the embedding site is greeted by name.</summary>
public sealed class ResumeAndIdentityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_reload_in_the_middle_continues_the_same_conversation(bool webSocket)
    {
        await using var chat = await ChatPage.OpenAsync(fixture, $"?webSocket={(webSocket ? "true" : "false")}");
        await Expect(chat.SuggestedActions).ToHaveTextAsync(SurveyExpectations.ScoreButtons.ToArray());
        var greeted = await chat.BotMessages.CountAsync();
        await chat.ClickSuggestedActionAsync("6");
        await chat.WaitForBotMessageAfterAsync(greeted);
        var before = await chat.TranscriptAsync();

        await chat.Page.ReloadAsync();

        await Expect(chat.BotMessages).ToHaveCountAsync(greeted + 1);
        Assert.Equal(before, await chat.TranscriptAsync());
        await chat.TypeAsync("Slow delivery.");
        var final = await chat.WaitForBotMessageAfterAsync(greeted + 1);
        Assert.Matches(SurveyExpectations.FinalMessage, final);
        await chat.ExpectEverySendAcknowledgedAsync();
        Assert.Empty(chat.OutsideRequests);
    }

    [Fact]
    public async Task A_customer_signed_by_the_embedding_site_is_greeted_by_name()
    {
        var customer = SignedCustomer.Sign("c-1042", "Alex Sample", NpsBotApplicationFactory.CustomerSigningKey);

        await using var chat = await ChatPage.OpenAsync(fixture, $"?customer={Uri.EscapeDataString(customer)}");

        await Expect(chat.BotMessages.First).ToContainTextAsync("Alex Sample");
        await Expect(chat.SuggestedActions).ToHaveTextAsync(SurveyExpectations.ScoreButtons.ToArray());
    }
}
