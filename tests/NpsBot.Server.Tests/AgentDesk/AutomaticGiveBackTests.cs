using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.GiveBack;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.AgentDesk;

/// <summary>
/// A resolved case whose agent never gives the conversation back: the work queue gives it back to the bot after
/// <c>Recovery:GiveBackAfterResolve</c>, and does nothing when the agent gave it back first.
/// </summary>
public sealed class AutomaticGiveBackTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private const string RatingQuestion = "from 1 (poor) to 5";

    private readonly SettableClock _clock = new(Tuesday);
    private readonly ServerFactory _server;

    public AutomaticGiveBackTests() => _server = new ServerFactory(
        clock: _clock,
        settings: new Dictionary<string, string?> { ["Recovery:GiveBackAfterResolve"] = "00:10:00", ["WorkQueue:PollInterval"] = "00:00:00.100" },
        configure: web => web.ConfigureTestServices(services => services.AddSingleton<IAgentFeed>(new RecordingAgentFeed())));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IAgentWorkspace Desk => _server.Services.GetRequiredService<IAgentWorkspace>();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task A_resolved_case_the_agent_keeps_goes_back_to_the_bot_through_the_queue_after_the_configured_time()
    {
        var (customer, caseKey) = await ResolvedAsync();
        await using (var context = await ContextAsync())
        {
            var job = await context.WorkItems.SingleAsync(w => w.Kind == GiveBackAfterResolveHandler.JobKind, Ct);
            Assert.Equal(_clock.Now.AddMinutes(10).UtcDateTime, job.DueAt);
        }

        Assert.Equal(ConversationModes.Agent, await ModeAsync(caseKey));
        _clock.Now = _clock.Now.AddMinutes(11);

        await EventuallyAsync(async () => (await customer.BotTextsAsync()).Any(t => t.Contains(RatingQuestion, StringComparison.Ordinal)));
        await EventuallyAsync(async () => await ModeAsync(caseKey) == ConversationModes.Bot);
        await customer.PostAsync("4");
        await using var check = await ContextAsync();
        var row = await check.Cases.AsNoTracking().SingleAsync(c => c.CaseKey == caseKey, Ct);
        Assert.Equal((4, "agent-maria"), (row.HelpRating, row.HelpRatingAgentId));

        // The give-back's case event and the job's completion are written after its handler has spoken to the customer.
        await EventuallyAsync(async () =>
        {
            await using var later = await ContextAsync();
            return await later.CaseEvents.AnyAsync(e => later.Cases.Any(c => c.Id == e.CaseId && c.CaseKey == caseKey) && e.Kind == DeskEventKinds.GivenBack && e.Actor == AgentWorkspace.SystemActor, Ct)
                && !await later.WorkItems.AnyAsync(w => w.Kind == GiveBackAfterResolveHandler.JobKind, Ct);
        });
    }

    [Fact]
    public async Task A_conversation_the_agent_gave_back_already_is_not_given_back_twice()
    {
        var (customer, caseKey) = await ResolvedAsync();
        Assert.True((await Desk.GiveBackAsync(Maria, caseKey, Ct)).Succeeded);
        await EventuallyAsync(async () => (await customer.BotTextsAsync()).Any(t => t.Contains(RatingQuestion, StringComparison.Ordinal)));
        var workspace = _server.Services.GetRequiredService<AgentWorkspace>();

        var again = await workspace.GiveBackAfterResolveAsync(caseKey, Ct);

        Assert.False(again);
        Assert.Single(await customer.BotTextsAsync(), t => t.Contains(RatingQuestion, StringComparison.Ordinal));
        await using var check = await ContextAsync();
        Assert.Equal(1, await check.CaseEvents.CountAsync(e => check.Cases.Any(c => c.Id == e.CaseId && c.CaseKey == caseKey) && e.Kind == DeskEventKinds.GivenBack, Ct));
    }

    private async Task<(WebChatCustomer Customer, string CaseKey)> ResolvedAsync()
    {
        var customer = await WebChatCustomer.StartAsync(_server.CreateClient());
        await customer.PostAsync("2");
        await customer.PostAsync("my parcel never arrived and I want to talk to a person");
        var entry = Assert.Single(await Desk.QueueAsync(Maria, QueueView.Unassigned, Ct));
        Assert.True((await Desk.ClaimAsync(Maria, entry.CaseKey, Ct)).Succeeded);
        Assert.True((await Desk.SendAsync(Maria, entry.CaseKey, "Your parcel is on its way again.", Ct)).Succeeded);
        var resolved = await Desk.ResolveAsync(Maria, entry.CaseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);
        Assert.True(resolved.Succeeded, resolved.Message);
        return (customer, entry.CaseKey);
    }

    private async Task<string> ModeAsync(string caseKey)
    {
        await using var context = await ContextAsync();
        var conversationKey = await context.Cases.Where(c => c.CaseKey == caseKey).Select(c => c.ConversationKey).SingleAsync(Ct);
        return await context.Conversations.Where(c => c.ConversationKey == conversationKey).Select(c => c.Mode).SingleAsync(Ct);
    }

    private Task<NpsBotDbContext> ContextAsync() =>
        _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);

    private static async Task EventuallyAsync(Func<Task<bool>> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        while (!await condition())
        {
            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                Assert.Fail($"The condition did not hold within {Patience}.");
            }
        }
    }
}
