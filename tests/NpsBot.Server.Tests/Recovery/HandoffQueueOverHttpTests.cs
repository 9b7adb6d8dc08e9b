using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Recovery;

/// <summary>The queue position a customer is told at a handoff in business hours, counted on a real SQLite file.</summary>
public sealed class HandoffQueueOverHttpTests : IAsyncDisposable
{
    // Tuesday 24 November 2026, 14:00 UTC: inside the default business hours.
    private readonly SettableClock _clock = new(new DateTimeOffset(2026, 11, 24, 14, 0, 0, TimeSpan.Zero));
    private readonly ServerFactory _server;

    public HandoffQueueOverHttpTests() => _server = new ServerFactory(clock: _clock);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task Each_customer_handed_off_hears_how_many_unanswered_customers_are_ahead_of_them()
    {
        var first = await HandOffAsync("queue-1");
        _clock.Now = _clock.Now.AddMinutes(1);
        var second = await HandOffAsync("queue-2");

        // A person answers the first customer: the third is behind the second only.
        await using (var context = await ContextAsync())
        {
            var answered = await context.Cases.SingleAsync(c => c.ConversationKey.Contains("queue-1"), Ct);
            answered.FirstContactAt = _clock.Now.UtcDateTime;
            answered.Status = "in_progress";
            await context.SaveChangesAsync(Ct);
        }

        _clock.Now = _clock.Now.AddMinutes(1);
        var third = await HandOffAsync("queue-3");

        Assert.Contains("number 1 in the queue", first, StringComparison.Ordinal);
        Assert.Contains("number 2 in the queue", second, StringComparison.Ordinal);
        Assert.Contains("number 2 in the queue", third, StringComparison.Ordinal);
        Assert.Contains("by 15:0", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_more_urgent_case_goes_ahead_of_earlier_ones()
    {
        await HandOffAsync("calm-1");
        _clock.Now = _clock.Now.AddMinutes(1);
        var customer = new BotClient(_server.CreateClient(), "urgent-1", "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("0", Ct);

        var urgent = BotClient.Text(await customer.SendAsync("my order arrived two weeks late, I'm going to my lawyer", Ct));

        Assert.Contains("number 1 in the queue", urgent, StringComparison.Ordinal);
    }

    private async Task<string> HandOffAsync(string conversation)
    {
        var customer = new BotClient(_server.CreateClient(), conversation, "en-US");
        await customer.JoinAsync(Ct);
        await customer.SendAsync("4", Ct);
        return BotClient.Text(await customer.SendAsync("I want to talk to a person", Ct));
    }

    private async Task<NpsBotDbContext> ContextAsync() =>
        await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
}
