using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Tests.Support.Azure;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Channels;

/// <summary>
/// Issue 11's "Done when": one server (one ServerFactory) configured as an Azure Bot and with a Twilio number runs a
/// survey for a Web Chat customer (Direct Line), a Teams customer (JWT signed with a key the local OpenID stand-in
/// serves, replies at the connector stand-in with the client-credentials token) and an SMS customer (signed webhooks,
/// messages at the Twilio stand-in), and sends a survey proactively after an event (POST /api/surveys with an event id).
/// </summary>
public sealed class ThreeChannelsOneServerTests : IAsyncLifetime
{
    private AuthenticatedServer _bot = null!;
    private TwilioStandIn _twilio = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _twilio = await TwilioStandIn.StartAsync();
        _bot = await AuthenticatedServer.StartAsync(extra: SmsServer.Settings(_twilio));
    }

    public async ValueTask DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _twilio.DisposeAsync();
    }

    [Fact]
    public async Task Web_chat_teams_and_sms_customers_are_surveyed_by_one_server_and_an_event_starts_a_survey_by_sms()
    {
        // Web Chat: Direct Line, as the page speaks it.
        var web = await WebChatCustomer.StartAsync(_bot.Server.CreateClient());
        await web.PostAsync("9");

        // Teams: authenticated as Azure Bot Service authenticates (and refused without a token).
        var token = TokenMinter.Channel(_bot.Azure.AddChannelKey("msteams"), AuthenticatedServer.AppId, _bot.Azure.ConnectorUrl);
        var conversation = "a:" + Guid.NewGuid().ToString("N");
        using var unsigned = await _bot.PostAsync(_bot.Message(conversation, "8", deliveryMode: null), token: null, Ct);
        using (await _bot.PostAsync(_bot.Message(conversation, "hello", deliveryMode: null), token, Ct))
        {
        }

        var asked = await _bot.Azure.WaitForCallsAsync(1, Ct);
        using var teamsScore = await _bot.PostAsync(_bot.Message(conversation, "8", deliveryMode: null), token, Ct);

        // SMS after an event: the API queues the invite, the number gets the question, answers by a signed webhook.
        const string number = "+447700900501";
        var key = await _bot.Server.Services.GetRequiredService<IApiKeys>().CreateAsync("three channels", ApiKeyScope.ReadWrite, Ct);
        var api = new SurveysApi(_bot.Server.CreateClient(), key.Key);
        var (invited, _) = await api.InviteAsync(new { eventId = "delivery-4711", channel = "sms", to = number, locale = "en" }, Ct);
        var question = await _twilio.WaitForAsync(number, 2, Ct);
        var phone = new SmsCustomer(_bot.Server.CreateClient(), number);
        var forged = await phone.PostAsync(phone.Fields(phone.NewSid(), "0"), "forged-signature", Ct);
        var (smsStatus, _) = await phone.TextAsync("10", Ct);
        var answered = await api.WaitForStatusAsync("delivery-4711", "answered", Ct);

        await using var context = await _bot.Server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(Ct);
        var responses = await context.SurveyResponses.AsNoTracking().Where(r => r.Score != null).ToListAsync(Ct);
        Assert.Contains(responses, r => r.Score == 9 && r.ChannelId is "directline" or "webchat");
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, teamsScore.StatusCode);
        var teams = Assert.Single(responses, r => r.ChannelId == "msteams");
        Assert.Equal(8, teams.Score);
        var calls = await _bot.Azure.WaitForCallsAsync(asked.Count + 1, Ct);
        Assert.All(calls, call => Assert.Equal("Bearer bot-token-1", call.Authorization));
        Assert.Equal(HttpStatusCode.Accepted, invited);
        Assert.Contains(question.Skip(1), body => body.Contains("10", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        Assert.Equal(HttpStatusCode.OK, smsStatus);
        var sms = Assert.Single(responses, r => r.ChannelId == "sms");
        Assert.Equal((10, "delivery-4711"), (sms.Score, sms.EventId));
        Assert.Equal("answered", answered.GetProperty("status").GetString());
    }
}
