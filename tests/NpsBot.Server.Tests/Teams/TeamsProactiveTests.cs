using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Tests.Support.Azure;

namespace NpsBot.Server.Tests.Teams;

/// <summary>
/// Issue 11: a proactive survey to a Teams user, from the conversation reference stored when the app was installed in
/// their personal chat: sent to the conversation through the connector with the outbound token, as an Adaptive Card.
/// </summary>
public sealed class TeamsProactiveTests : IAsyncLifetime
{
    private AuthenticatedServer _bot = null!;
    private string _token = "";
    private SurveysApi _api = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        // Every survey may be followed by another at once here (the fatigue rule has its own tests), so the installed
        // user's first survey does not keep the invite out.
        _bot = await AuthenticatedServer.StartAsync(extra: new Dictionary<string, string?> { ["Recovery:Fatigue:SurveyEveryDays"] = "0" });
        _token = TokenMinter.Channel(_bot.Azure.AddChannelKey("msteams"), AuthenticatedServer.AppId, _bot.Azure.ConnectorUrl);
        var key = await _bot.Server.Services.GetRequiredService<IApiKeys>().CreateAsync("teams tests", ApiKeyScope.ReadWrite, Ct);
        _api = new SurveysApi(_bot.Server.CreateClient(), key.Key);
    }

    public async ValueTask DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task An_installed_user_is_surveyed_on_a_card_sent_to_their_personal_chat_with_the_bot_token()
    {
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        var install = _bot.Message(conversation, "", deliveryMode: null) with { Type = ActivityTypes.InstallationUpdate, Action = "add", Text = null };
        using (await _bot.PostAsync(install, _token, Ct))
        {
        }

        var greeting = await _bot.Azure.WaitForCallsAsync(2, Ct);
        var end = _bot.Message(conversation, "", deliveryMode: null) with { Type = ActivityTypes.EndOfConversation, Text = null };
        using (await _bot.PostAsync(end, _token, Ct))
        {
        }

        var user = install.From!.Id!;
        var (status, _) = await _api.InviteAsync(new { eventId = "ticket-teams-1", channel = "msteams", to = user, locale = "en" }, Ct);
        var sent = await _api.WaitDecidedAsync("ticket-teams-1", Ct);
        var calls = await _bot.Azure.WaitForCallsAsync(greeting.Count + 2, Ct);
        var (_, byObjectId) = await _api.InviteAsync(new { eventId = "ticket-teams-2", channel = "msteams", to = install.From.AadObjectId, locale = "en" }, Ct);
        var unknown = await _api.InviteAsync(new { eventId = "ticket-teams-3", channel = "msteams", to = "29:nobody", locale = "en" }, Ct);
        var unreachable = await _api.WaitDecidedAsync("ticket-teams-3", Ct);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        var invited = calls.Skip(greeting.Count).ToList();
        Assert.All(invited, call => Assert.Equal("POST", call.Method));
        Assert.All(invited, call => Assert.EndsWith($"/v3/conversations/{Uri.EscapeDataString(conversation)}/activities", call.Path, StringComparison.Ordinal));
        Assert.All(invited, call => Assert.Equal("Bearer bot-token-1", call.Authorization));
        Assert.All(invited, call => Assert.Equal(user, call.Activity.Recipient?.Id));
        Assert.Contains(invited, call => call.Activity.Attachments is [{ ContentType: "application/vnd.microsoft.card.adaptive" }]);
        Assert.Equal("queued", byObjectId.GetProperty("status").GetString());
        Assert.Equal("refused", unreachable.GetProperty("status").GetString());
        Assert.Equal("unreachable", unreachable.GetProperty("refusal").GetString());
        Assert.Equal(HttpStatusCode.Accepted, unknown.Status);
    }
}
