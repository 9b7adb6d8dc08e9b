using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Work;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.FollowUps;
using NpsBot.Server.Tests.Support.Azure;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Teams;

/// <summary>
/// Issue 11: the re-survey that closes the loop, in Teams. A detractor's case is resolved; its <c>case.follow-up</c>
/// job invites the customer through the stored conversation reference at the connector stand-in (with the bot's token),
/// the customer answers with a score, and that score is the case's follow-up score.
/// </summary>
public sealed class TeamsFollowUpTests : IAsyncLifetime
{
    private static readonly AgentIdentity Maria = new("agent-maria", "Maria", false);
    private AuthenticatedServer _bot = null!;
    private string _token = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _bot = await AuthenticatedServer.StartAsync(extra: new Dictionary<string, string?>
        {
            ["Recovery:Fatigue:SurveyEveryDays"] = "0",
            ["Proactive:QuietHoursStart"] = "00:00",
            ["Proactive:QuietHoursEnd"] = "00:00",
            ["WorkQueue:PollInterval"] = "00:00:00.100",
        });
        _token = TokenMinter.Channel(_bot.Azure.AddChannelKey("msteams"), AuthenticatedServer.AppId, _bot.Azure.ConnectorUrl);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task A_resolved_cases_follow_up_is_invited_in_the_personal_chat_and_the_score_is_linked_to_the_case()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        await PostAsync(_bot.Message(conversation, "", deliveryMode: null) with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null });
        var greeting = await _bot.Azure.WaitForCallsAsync(2, Ct);
        await PostAsync(_bot.Message(conversation, "2", deliveryMode: null));
        await PostAsync(_bot.Message(conversation, "my parcel never arrived and I want to talk to a person", deliveryMode: null));
        var caseKey = await CaseOfAsync(conversation);
        var desk = _bot.Server.Services.GetRequiredService<IAgentWorkspace>();
        Assert.True((await desk.ClaimAsync(Maria, caseKey, Ct)).Succeeded);
        var beforeAgent = _bot.Azure.Calls.Count;
        Assert.True((await desk.SendAsync(Maria, caseKey, "Maria here: the carrier lost it, a new one ships today.", Ct)).Succeeded);
        await _bot.Azure.WaitForCallsAsync(beforeAgent + 1, Ct);
        var resolved = await desk.ResolveAsync(Maria, caseKey, new Resolution("resolved", "Carrier lost the parcel", "Reshipped it", null), Ct);
        Assert.True(resolved.Succeeded, resolved.Message);
        var beforeGiveBack = _bot.Azure.Calls.Count;
        Assert.True((await desk.GiveBackAsync(Maria, caseKey, Ct)).Succeeded);
        await _bot.Azure.WaitForCallsAsync(beforeGiveBack + 1, Ct);
        await PostAsync(_bot.Message(conversation, "5", deliveryMode: null));
        var before = _bot.Azure.Calls.Count;

        // The queue runs the follow-up job at its due time (fourteen days on): run here as its runner would.
        await RunFollowUpJobAsync();
        var invite = await CardAfterAsync(before);
        await PostAsync(_bot.Message(conversation, "9", deliveryMode: null));

        await using var context = await ContextAsync();
        var row = await context.Cases.AsNoTracking().SingleAsync(c => c.CaseKey == caseKey, Ct);
        Assert.Equal("POST", invite.Method);
        Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities", invite.Path, StringComparison.Ordinal);
        Assert.Equal("Bearer bot-token-1", invite.Authorization);
        Assert.Equal(greeting[0].Activity.Recipient?.Id, invite.Activity.Recipient?.Id);
        Assert.Equal(9, row.FollowUpScore);
        var followUp = await context.SurveyResponses.AsNoTracking().SingleAsync(r => r.ResponseKey == row.FollowUpResponseKey, Ct);
        Assert.Equal((caseKey, 9), (followUp.FollowUpOfCaseKey, followUp.Score));
        Assert.Equal("follow-up:" + caseKey, followUp.EventId);
    }

    /// <summary>The first adaptive card the connector stand-in receives after <paramref name="before"/> calls (other replies may come first).</summary>
    private async Task<RecordedCall> CardAfterAsync(int before)
    {
        for (var count = before + 1; ; count++)
        {
            var calls = await _bot.Azure.WaitForCallsAsync(count, Ct);
            if (calls.Skip(before).FirstOrDefault(call => call.Activity.Attachments is [{ ContentType: "application/vnd.microsoft.card.adaptive" }]) is { } card)
            {
                return card;
            }
        }
    }

    private async Task PostAsync(Activity activity)
    {
        using var response = await _bot.PostAsync(activity, _token, Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode} for {activity.Type} {activity.Text}");
    }

    private async Task<string> CaseOfAsync(string conversation)
    {
        await using var context = await ContextAsync();
        return await context.Cases.AsNoTracking().Where(c => c.ConversationKey.Contains(conversation)).Select(c => c.CaseKey).SingleAsync(Ct);
    }

    private async Task RunFollowUpJobAsync()
    {
        await using var context = await ContextAsync();
        var job = await context.WorkItems.AsNoTracking().SingleAsync(w => w.Kind == FollowUpHandler.JobKind, Ct);
        var handler = _bot.Server.Services.GetServices<IWorkHandler>().Single(h => h.Kind == FollowUpHandler.JobKind);
        await handler.HandleAsync(new WorkItem(job.Id, job.Kind, job.Payload, 1, DateTimeOffset.UtcNow), Ct);
    }

    private Task<NpsBotDbContext> ContextAsync() =>
        _bot.Server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
}
