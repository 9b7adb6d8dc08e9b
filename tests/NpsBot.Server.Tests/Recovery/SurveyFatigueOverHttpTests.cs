using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.WebChat;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Recovery;

/// <summary>Survey fatigue through /api/messages: STOP is kept on the customer, and an open case or a recent survey means no new survey.</summary>
public sealed class SurveyFatigueOverHttpTests : IAsyncDisposable
{
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    private readonly ServerFactory _server;

    private const string SigningKey = "fatigue-tests-signing-key-0123456789";

    public SurveyFatigueOverHttpTests() =>
        _server = new ServerFactory(settings: new Dictionary<string, string?> { ["WebChat:CustomerSigningKey"] = SigningKey }, clock: _clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task Stop_is_kept_on_the_customer_and_a_later_conversation_does_not_survey_them()
    {
        // STOP is kept on the customer row, and customer rows come only from identities an endpoint vouches for
        // (issue 7): here a signed web chat customer over Direct Line.
        var first = await WebChatCustomer.StartAsync(_server.CreateClient(), Signed("stop-1"));
        await first.PostAsync("stop");
        _clock.Now = _clock.Now.AddDays(60);

        var second = await WebChatCustomer.StartAsync(_server.CreateClient(), Signed("stop-1"));
        var greeting = await second.BotTextsAsync();
        await second.PostAsync("hello");
        var wrote = await second.BotTextsAsync();

        await using var context = await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
        Assert.True((await context.Customers.SingleAsync(c => c.ChannelUserId == "dl_stop-1", Ct)).OptedOut);
        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.Empty(greeting);
        Assert.Contains(wrote, text => text.Contains("no survey for you right now", StringComparison.Ordinal));
    }

    private string Signed(string id) => SignedCustomer.Sign(id, null, SigningKey, _clock.GetUtcNow().AddMinutes(10));

    [Fact]
    public async Task A_customer_with_an_open_case_is_not_surveyed_again_in_another_conversation()
    {
        var first = Customer("case-1");
        await first.JoinAsync(Ct);
        await first.SendAsync("2", Ct);
        _clock.Now = _clock.Now.AddDays(60);

        var second = Customer("case-2");
        var joined = await second.PostAsync(second.Activity(ActivityTypes.ConversationUpdate) with { From = first.User, MembersAdded = [first.User] }, Ct);

        Assert.Empty(joined);
    }

    [Fact]
    public async Task A_promoter_surveyed_today_is_not_surveyed_again_but_can_ask_with_the_restart_word()
    {
        var first = Customer("recent-1");
        await first.JoinAsync(Ct);
        await first.SendAsync("10", Ct);
        await first.SendAsync("fast delivery", Ct);

        var second = Customer("recent-2");
        var joined = await second.PostAsync(second.Activity(ActivityTypes.ConversationUpdate) with { From = first.User, MembersAdded = [first.User] }, Ct);
        var restarted = await second.PostAsync(second.Activity(ActivityTypes.Message) with { From = first.User, Text = "restart" }, Ct);

        Assert.Empty(joined);
        Assert.Contains("0 to 10", BotClient.Text(restarted), StringComparison.Ordinal);
    }

    private BotClient Customer(string conversation) => new(_server.CreateClient(), conversation);
}
