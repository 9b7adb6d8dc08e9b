using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.FollowUps;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Sms;

/// <summary>
/// Recovery by SMS. The agent desk writes to the customer by SMS (<c>SmsOutbound</c>), whole, and resolves the case with
/// its follow-up job queued. Issue 11's re-survey closes the loop: the case given back to the bot (the customer rates
/// the help), its <c>case.follow-up</c> job invites the customer through the proactive path, the invite reaches the
/// Twilio stand-in, the customer answers with a score by SMS, and that score is the case's follow-up score.
/// </summary>
public sealed class SmsRecoveryTests : IAsyncLifetime
{
    private const string Number = "+447700900311";
    private const string AgentLine = "Maria here: the carrier lost it, a new one ships today.";
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private static readonly Resolution Reshipped = new("resolved", "Carrier lost the parcel", "Reshipped it", null);
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IAgentWorkspace Desk => _sms.Server.Services.GetRequiredService<IAgentWorkspace>();

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync(new Dictionary<string, string?> { ["Recovery:Fatigue:SurveyEveryDays"] = "0" });

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task An_agents_line_reaches_the_sms_customer_and_the_case_resolves_with_its_follow_up_queued()
    {
        var caseKey = await ClaimedDetractorCaseAsync();
        var before = _sms.Twilio.BodiesTo(Number).Count;

        Assert.True((await Desk.SendAsync(Maria, caseKey, AgentLine, Ct)).Succeeded);
        var agentLine = await _sms.Twilio.WaitForAsync(Number, before + 1, Ct);
        var resolved = await Desk.ResolveAsync(Maria, caseKey, Reshipped, Ct);

        Assert.Equal([AgentLine], agentLine.Skip(before));
        Assert.True(resolved.Succeeded, resolved.Message);
        await using var context = await _sms.DatabaseAsync(Ct);
        Assert.Equal("resolved", await context.Cases.AsNoTracking().Where(c => c.CaseKey == caseKey).Select(c => c.Status).SingleAsync(Ct));
        Assert.Single(await context.WorkItems.AsNoTracking().Where(w => w.Kind == FollowUpHandler.JobKind).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_resolved_cases_follow_up_is_invited_by_sms_and_the_score_texted_back_is_linked_to_the_case()
    {
        var caseKey = await ClaimedDetractorCaseAsync();
        Assert.True((await Desk.SendAsync(Maria, caseKey, AgentLine, Ct)).Succeeded);
        var resolved = await Desk.ResolveAsync(Maria, caseKey, Reshipped, Ct);
        Assert.True(resolved.Succeeded, resolved.Message);
        Assert.True((await Desk.GiveBackAsync(Maria, caseKey, Ct)).Succeeded);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        var phone = _sms.Customer(Number);
        await phone.TextAsync("5", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        var before = _sms.Twilio.BodiesTo(Number).Count;

        // The queue runs the follow-up job at its due time (fourteen days on): run here as its runner would.
        await RunFollowUpJobAsync();
        // The invite is two messages: the welcome back (which names the case) and the question.
        var invited = await _sms.Twilio.WaitForAsync(Number, before + 2, Ct);
        await phone.TextAsync("9", Ct);

        await using var context = await _sms.DatabaseAsync(Ct);
        var row = await context.Cases.AsNoTracking().SingleAsync(c => c.CaseKey == caseKey, Ct);
        Assert.StartsWith("Welcome back!", invited[before], StringComparison.Ordinal);
        Assert.Contains("10", invited[before + 1], StringComparison.Ordinal);
        Assert.Equal(9, row.FollowUpScore);
        var followUp = await context.SurveyResponses.AsNoTracking().SingleAsync(r => r.ResponseKey == row.FollowUpResponseKey, Ct);
        Assert.Equal((caseKey, 9), (followUp.FollowUpOfCaseKey, followUp.Score));
        Assert.Equal("follow-up:" + caseKey, followUp.EventId);
    }

    /// <summary>A detractor by SMS asks for a person; Maria claims the case it opened. Returns the case key.</summary>
    private async Task<string> ClaimedDetractorCaseAsync()
    {
        var phone = _sms.Customer(Number);
        await phone.TextAsync("hello", Ct);
        await _sms.Twilio.WaitForAsync(Number, 1, Ct);
        await phone.TextAsync("2", Ct);
        await phone.TextAsync("my parcel never arrived and I want to talk to a person", Ct);
        var caseKey = await CaseOfAsync(Number);
        Assert.True((await Desk.ClaimAsync(Maria, caseKey, Ct)).Succeeded);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        return caseKey;
    }

    private async Task<string> CaseOfAsync(string number)
    {
        await using var context = await _sms.DatabaseAsync(Ct);
        var key = SmsServer.ConversationKey(number);
        return await context.Cases.AsNoTracking().Where(c => c.ConversationKey == key).Select(c => c.CaseKey).SingleAsync(Ct);
    }

    private async Task RunFollowUpJobAsync()
    {
        await using var context = await _sms.DatabaseAsync(Ct);
        var job = await context.WorkItems.AsNoTracking().SingleAsync(w => w.Kind == FollowUpHandler.JobKind, Ct);
        var handler = _sms.Server.Services.GetServices<IWorkHandler>().Single(h => h.Kind == FollowUpHandler.JobKind);
        await handler.HandleAsync(new WorkItem(job.Id, job.Kind, job.Payload, 1, DateTimeOffset.UtcNow), Ct);
    }
}
