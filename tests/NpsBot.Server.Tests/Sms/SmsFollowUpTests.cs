using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.FollowUps;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Sms;

/// <summary>
/// Issue 11: the re-survey that closes the loop, by SMS. A detractor's case is resolved and given back to the bot (the
/// customer rates the help); its <c>case.follow-up</c> job
/// invites the customer through the proactive path, the invite reaches the Twilio stand-in, the customer answers with a
/// score by SMS, and that score is the case's follow-up score.
/// </summary>
public sealed class SmsFollowUpTests : IAsyncLifetime
{
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync(new Dictionary<string, string?> { ["Recovery:Fatigue:SurveyEveryDays"] = "0" });

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task A_resolved_cases_follow_up_is_invited_by_sms_and_the_score_texted_back_is_linked_to_the_case()
    {
        const string number = "+447700900311";
        var phone = _sms.Customer(number);
        await phone.TextAsync("hello", Ct);
        await _sms.Twilio.WaitForAsync(number, 1, Ct);
        await phone.TextAsync("2", Ct);
        await phone.TextAsync("my parcel never arrived and I want to talk to a person", Ct);
        var desk = _sms.Server.Services.GetRequiredService<IAgentWorkspace>();
        var caseKey = await CaseOfAsync(number);
        Assert.True((await desk.ClaimAsync(Maria, caseKey, Ct)).Succeeded);
        Assert.True((await desk.SendAsync(Maria, caseKey, "Maria here: the carrier lost it, a new one ships today.", Ct)).Succeeded);
        var resolved = await desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);
        Assert.True(resolved.Succeeded, resolved.Message);
        Assert.True((await desk.GiveBackAsync(Maria, caseKey, Ct)).Succeeded);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        await phone.TextAsync("5", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        var before = _sms.Twilio.BodiesTo(number).Count;

        // The queue runs the follow-up job at its due time (fourteen days on): run here as its runner would.
        await RunFollowUpJobAsync();
        // The invite is two messages: the welcome back (which names the case) and the question.
        var invited = await _sms.Twilio.WaitForAsync(number, before + 2, Ct);
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
