using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.FollowUps;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage;
using NpsBot.Storage.Entities;

namespace NpsBot.Server.Tests.AgentDesk;

/// <summary>
/// The agent desk (issue 9) over HTTP on a real SQLite file, with a Web Chat customer speaking Direct Line as the page
/// does: one holder however many claim at once, the agent's words in the customer's own chat, the customer's words in
/// the feed, silence while held, the give-back rating credited to who helped, and the follow-up at the next visit.
/// </summary>
public sealed class AgentDeskOverHttpTests : IAsyncDisposable
{
    // Tuesday 24 November 2026, 14:00 UTC: inside the default business hours.
    private static readonly DateTimeOffset Tuesday = new(2026, 11, 24, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private static readonly AgentIdentity Tom = new("agent-tom", "Tom", false);

    private readonly SettableClock _clock = new(Tuesday);
    private readonly RecordingAgentFeed _feed = new();
    private readonly ServerFactory _server;

    public AgentDeskOverHttpTests() =>
        _server = new ServerFactory(clock: _clock, configure: web => web.ConfigureTestServices(services => services.AddSingleton<IAgentFeed>(_feed)));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IAgentWorkspace Desk => _server.Services.GetRequiredService<IAgentWorkspace>();

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    [Fact]
    public async Task Of_agents_claiming_a_handoff_at_the_same_time_exactly_one_holds_it()
    {
        var (_, caseKey) = await HandedOffAsync();
        var agents = Enumerable.Range(1, 6).Select(i => new AgentIdentity($"agent-{i}", $"Agent {i}", false)).ToList();

        var results = await Task.WhenAll(agents.Select(agent => Task.Run(() => Desk.ClaimAsync(agent, caseKey, Ct), Ct)));

        Assert.Equal(1, results.Count(r => r.Succeeded));
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(AgentActionStatus.HeldByAnother, r.Status));
        var row = await CaseAsync(caseKey);
        Assert.Equal(agents[Array.FindIndex(results, r => r.Succeeded)].UserId, row.Assignee);
        await using var context = await ContextAsync();
        Assert.Equal(1, await context.CaseEvents.CountAsync(e => context.Cases.Any(c => c.Id == e.CaseId && c.CaseKey == caseKey) && e.Kind == DeskEventKinds.Claimed, Ct));
    }

    [Fact]
    public async Task The_agents_words_reach_the_customers_web_chat_and_the_customers_words_reach_the_console()
    {
        var (customer, caseKey) = await HandedOffAsync();
        await Desk.ClaimAsync(Maria, caseKey, Ct);

        var sent = await Desk.SendAsync(Maria, caseKey, "Hi Ana, I'm Maria. I'm looking at your parcel now.", Ct);

        Assert.True(sent.Succeeded, sent.Message);
        var shown = await EventuallyAsync(async () => (await customer.ActivitiesAsync())
            .FirstOrDefault(a => a.GetProperty("type").GetString() == "message" && a.GetProperty("text").GetString()!.StartsWith("Hi Ana, I'm Maria", StringComparison.Ordinal)));
        Assert.Equal("bot", shown.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("Maria", shown.GetProperty("from").GetProperty("name").GetString());
        Assert.False(shown.TryGetProperty("replyToId", out _));

        var botMessagesBefore = (await customer.BotTextsAsync()).Count;
        await customer.PostActivityAsync(new { type = "typing", from = new { id = "x", role = "user" } });
        await customer.PostAsync("Thank you! It was order 12345.");

        Assert.Equal(botMessagesBefore, (await customer.BotTextsAsync()).Count);
        Assert.Contains(_feed.Typing, key => key == caseKey);
        Assert.Contains(_feed.Lines, l => l.CaseKey == caseKey && l.Line.Role == TranscriptRoles.Customer && l.Line.Text.StartsWith("Thank you!", StringComparison.Ordinal));
        var supportCase = await CaseAsync(caseKey);
        Assert.Equal(("in_progress", Tuesday.UtcDateTime), (supportCase.Status, supportCase.FirstContactAt));
        var detail = await Desk.OpenAsync(Maria, caseKey, Ct);
        Assert.Contains(detail!.Transcript, l => l.Role == TranscriptRoles.Agent && l.AuthorName == "Maria" && l.Text.StartsWith("Hi Ana", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_client_cannot_forge_an_agents_message()
    {
        var (customer, caseKey) = await HandedOffAsync();
        await Desk.ClaimAsync(Maria, caseKey, Ct);
        var before = await customer.BotTextsAsync();

        await customer.PostActivityAsync(new
        {
            type = "event",
            name = "npsbot.agent.message",
            value = new { caseKey, agentId = "agent-maria", agentName = "Maria", text = "Refund of 500 dollars approved" },
            from = new { id = "x", role = "user" },
        });

        Assert.Equal(before, await customer.BotTextsAsync());
        Assert.Null((await CaseAsync(caseKey)).FirstContactAt);
    }

    [Fact]
    public async Task Resolving_needs_a_root_cause_and_stores_the_SLA_figures()
    {
        var (_, caseKey) = await HandedOffAsync();
        await Desk.ClaimAsync(Maria, caseKey, Ct);
        _clock.Now = Tuesday.AddMinutes(20);
        await Desk.SendAsync(Maria, caseKey, "Hello Ana", Ct);
        _clock.Now = Tuesday.AddHours(5); // 19:00: two hours past closing time

        var empty = await Desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", " ", "Reshipped", null), Ct);
        var resolved = await Desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", "callback"), Ct);

        Assert.Equal(AgentActionStatus.Invalid, empty.Status);
        Assert.True(resolved.Succeeded, resolved.Message);
        var row = await CaseAsync(caseKey);
        Assert.Equal(("resolved", "Carrier lost the parcel", "Reshipped it", "callback"), (row.Status, row.RootCause, row.ActionTaken, row.Remedy));
        Assert.Equal(20 * 60, row.FirstContactSeconds);
        Assert.Equal(20 * 60, row.BusinessFirstContactSeconds);
        Assert.Equal(5 * 3600, row.ResolutionSeconds);
        Assert.Equal(3 * 3600, row.BusinessResolutionSeconds);
        await using var context = await ContextAsync();
        var job = await context.WorkItems.SingleAsync(w => w.Kind == FollowUpHandler.JobKind, Ct);
        Assert.Equal(_clock.Now.AddDays(14).UtcDateTime, job.DueAt);
    }

    [Fact]
    public async Task The_rating_after_a_give_back_is_credited_to_the_agent_who_helped_not_to_the_holder()
    {
        var (customer, caseKey) = await HandedOffAsync();
        await Desk.ClaimAsync(Maria, caseKey, Ct);
        await Desk.SendAsync(Maria, caseKey, "I've reshipped your parcel, it arrives tomorrow.", Ct);
        Assert.True((await Desk.TransferAsync(Maria, caseKey, Tom.UserId, Tom.DisplayName, Ct)).Succeeded);

        var given = await Desk.GiveBackAsync(Tom, caseKey, Ct);

        Assert.True(given.Succeeded, given.Message);
        await EventuallyAsync(async () => (await customer.BotTextsAsync()).FirstOrDefault(t => t.Contains("from 1 (poor) to 5", StringComparison.Ordinal)));
        await customer.PostAsync("5");
        var row = await CaseAsync(caseKey);
        Assert.Equal((5, "agent-maria", "Maria"), (row.HelpRating, row.HelpRatingAgentId, row.HelpRatingAgentName));
        Assert.Equal("agent-tom", row.Assignee);
        Assert.Contains("Thank you, that helps us a lot.", await customer.BotTextsAsync());
    }

    [Fact]
    public async Task The_follow_up_is_asked_at_the_next_visit_and_its_score_is_linked_to_the_case_and_the_first_response()
    {
        var (customer, caseKey) = await HandedOffAsync();
        await Desk.ClaimAsync(Maria, caseKey, Ct);
        await Desk.SendAsync(Maria, caseKey, "Your parcel is on its way again.", Ct);
        await Desk.GiveBackAsync(Maria, caseKey, Ct);
        await EventuallyAsync(async () => (await customer.BotTextsAsync()).FirstOrDefault(t => t.Contains("from 1 (poor) to 5", StringComparison.Ordinal)));
        await customer.PostAsync("4");
        await Desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);

        // Fourteen days later the queue runs the follow-up job: run here as the queue's runner would at its due time
        // (the server's clock stays, so the customer's Direct Line token and conversation are still valid).
        WorkItemRecord job;
        await using (var context = await ContextAsync())
        {
            job = await context.WorkItems.SingleAsync(w => w.Kind == FollowUpHandler.JobKind, Ct);
        }

        var handler = _server.Services.GetServices<IWorkHandler>().Single(h => h.Kind == FollowUpHandler.JobKind);
        await handler.HandleAsync(new WorkItem(job.Id, job.Kind, job.Payload, 1, _clock.Now), Ct);
        var before = (await customer.BotTextsAsync()).Count;

        await customer.ReturnAsync();

        var asked = (await customer.BotTextsAsync()).Skip(before).ToList();
        Assert.Contains(asked, t => t.StartsWith("Welcome back!", StringComparison.Ordinal));
        Assert.Contains(asked, t => t.Contains("how likely are you to recommend", StringComparison.Ordinal));
        await customer.PostAsync("8");
        var row = await CaseAsync(caseKey);
        Assert.Equal(8, row.FollowUpScore);
        await using var check = await ContextAsync();
        var followUp = await check.SurveyResponses.SingleAsync(r => r.ResponseKey == row.FollowUpResponseKey, Ct);
        Assert.Equal((caseKey, 8), (followUp.FollowUpOfCaseKey, followUp.Score));
        Assert.NotEqual(row.ResponseKey, followUp.ResponseKey);
        Assert.True(await check.SurveyResponses.AnyAsync(r => r.ResponseKey == row.ResponseKey && r.CaseKey == caseKey, Ct));

        // Every writer on the way (turns, the desk, the rating, the follow-up job) stored its times as SQLite's integers.
        Assert.Empty(await TextTimes.FindAsync(check, Ct));
    }

    [Fact]
    public async Task No_follow_up_is_asked_before_it_is_due()
    {
        var (customer, caseKey) = await HandedOffAsync();
        await Desk.ClaimAsync(Maria, caseKey, Ct);
        await Desk.SendAsync(Maria, caseKey, "All sorted.", Ct);
        await Desk.GiveBackAsync(Maria, caseKey, Ct);
        await EventuallyAsync(async () => (await customer.BotTextsAsync()).FirstOrDefault(t => t.Contains("from 1 (poor) to 5", StringComparison.Ordinal)));
        await customer.PostAsync("5");
        await Desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);
        var before = (await customer.BotTextsAsync()).Count;

        await customer.ReturnAsync();

        Assert.Equal(before, (await customer.BotTextsAsync()).Count);
    }

    /// <summary>A Web Chat detractor who asks for a person: the case is open, the conversation in agent mode.</summary>
    private async Task<(WebChatCustomer Customer, string CaseKey)> HandedOffAsync()
    {
        var customer = await WebChatCustomer.StartAsync(_server.CreateClient());
        await customer.PostAsync("2");
        await customer.PostAsync("my parcel never arrived and I want to talk to a person");
        var queue = await Desk.QueueAsync(Maria, QueueView.Unassigned, Ct);
        var entry = Assert.Single(queue);
        Assert.True(entry.WaitingForPerson);
        Assert.Contains(_feed.Changed, key => key == entry.CaseKey);
        return (customer, entry.CaseKey);
    }

    private async Task<CaseRecord> CaseAsync(string caseKey)
    {
        await using var context = await ContextAsync();
        return await context.Cases.AsNoTracking().SingleAsync(c => c.CaseKey == caseKey, Ct);
    }

    private Task<NpsBotDbContext> ContextAsync() =>
        _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);

    /// <summary>Polls until <paramref name="probe"/> finds something, failing the test after <see cref="Patience"/>.</summary>
    private static async Task<T> EventuallyAsync<T>(Func<Task<T?>> probe)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(Patience);
        while (true)
        {
            if (await probe() is { } found && !found.Equals(default(T)))
            {
                return found;
            }

            try
            {
                await Task.Delay(50, timeout.Token);
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                Assert.Fail($"Nothing turned up within {Patience}.");
            }
        }
    }
}
