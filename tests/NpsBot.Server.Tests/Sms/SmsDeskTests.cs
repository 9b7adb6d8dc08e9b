using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.FollowUps;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Sms;

/// <summary>
/// The agent desk in an SMS conversation: an agent's line goes out by SMS (<c>SmsOutbound</c>), whole, and the case
/// resolves with its follow-up job queued (the invite that job sends: <see cref="SmsFollowUpTests"/>).
/// </summary>
public sealed class SmsDeskTests : IAsyncLifetime
{
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync(new Dictionary<string, string?> { ["Recovery:Fatigue:SurveyEveryDays"] = "0" });

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task An_agents_line_reaches_the_sms_customer_and_the_case_resolves_with_its_follow_up_queued()
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
        await _sms.WaitForNoPendingSmsAsync(Ct);
        var before = _sms.Twilio.BodiesTo(number).Count;

        Assert.True((await desk.SendAsync(Maria, caseKey, "Maria here: the carrier lost it, a new one ships today.", Ct)).Succeeded);
        var agentLine = await _sms.Twilio.WaitForAsync(number, before + 1, Ct);
        var resolved = await desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);

        Assert.Equal(["Maria here: the carrier lost it, a new one ships today."], agentLine.Skip(before));
        Assert.True(resolved.Succeeded, resolved.Message);
        await using var context = await _sms.DatabaseAsync(Ct);
        Assert.Equal("resolved", await context.Cases.AsNoTracking().Where(c => c.CaseKey == caseKey).Select(c => c.Status).SingleAsync(Ct));
        Assert.Single(await context.WorkItems.AsNoTracking().Where(w => w.Kind == FollowUpHandler.JobKind).ToListAsync(Ct));
    }

    private async Task<string> CaseOfAsync(string number)
    {
        await using var context = await _sms.DatabaseAsync(Ct);
        var key = SmsServer.ConversationKey(number);
        return await context.Cases.AsNoTracking().Where(c => c.ConversationKey == key).Select(c => c.CaseKey).SingleAsync(Ct);
    }
}
