using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Proactive;

/// <summary>
/// Issue 11, proactive sends: the event id kept with the response, the states an invite goes through (sent, delivered by
/// Twilio's signed status callback, answered), the list, a send time for later, quiet hours, and SMS HELP.
/// </summary>
public sealed class ProactiveSendTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SurveysApi Api => new(_sms.Server.CreateClient(), _sms.ApiKey);

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync();

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task An_invite_goes_sent_then_delivered_then_answered_and_the_response_keeps_its_event_id()
    {
        var customer = _sms.Customer("+447700900401");
        await Api.InviteAsync(new { eventId = "order-2001-delivered", channel = "sms", to = customer.Number, locale = "en" }, Ct);
        var sent = await Api.WaitForStatusAsync("order-2001-delivered", "sent", Ct);
        await _sms.Twilio.WaitForAsync(customer.Number, 1, Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        string sid;
        await using (var context = await _sms.DatabaseAsync(Ct))
        {
            sid = await context.SmsMessages.AsNoTracking().Where(m => m.Recipient == customer.Number).OrderBy(m => m.Id).Select(m => m.MessageSid).FirstAsync(Ct);
        }

        var forged = await StatusAsync(sid, customer.Number, "delivered", "not-the-auth-token");
        var delivered = await StatusAsync(sid, customer.Number, "delivered", TwilioStandIn.AuthToken);
        var late = await StatusAsync(sid, customer.Number, "sent", TwilioStandIn.AuthToken);
        var afterDelivery = (await Api.GetAsync("order-2001-delivered", Ct)).Body;
        await customer.TextAsync("9", Ct);
        var answered = await Api.WaitForStatusAsync("order-2001-delivered", "answered", Ct);
        await using var db = await _sms.DatabaseAsync(Ct);
        var response = await db.SurveyResponses.AsNoTracking().SingleAsync(r => r.ConversationKey == SmsServer.ConversationKey(customer.Number), Ct);
        var message = await db.SmsMessages.AsNoTracking().SingleAsync(m => m.MessageSid == sid, Ct);

        Assert.Equal("sent", sent.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, forged);
        Assert.Equal(HttpStatusCode.NoContent, delivered);
        Assert.Equal(HttpStatusCode.NoContent, late);
        Assert.Equal("delivered", afterDelivery.GetProperty("status").GetString());
        Assert.Equal("delivered", message.Status);
        Assert.Equal(9, answered.GetProperty("score").GetInt32());
        Assert.Equal("order-2001-delivered", response.EventId);
        Assert.Equal(9, response.Score);
    }

    [Fact]
    public async Task The_list_shows_each_invite_with_its_state_and_a_bad_filter_is_a_400_naming_it()
    {
        var stopped = _sms.Customer("+447700900402");
        await stopped.TextAsync("STOP", Ct);
        await Api.InviteAsync(new { eventId = "list-refused", channel = "sms", to = stopped.Number, locale = "en" }, Ct);
        await Api.InviteAsync(new { eventId = "list-sent", channel = "sms", to = "+447700900403", locale = "en" }, Ct);
        await Api.WaitDecidedAsync("list-refused", Ct);
        await Api.WaitDecidedAsync("list-sent", Ct);

        var refused = await Api.ListAsync("?status=refused", Ct);
        var all = await Api.ListAsync("?channel=sms&limit=10", Ct);
        var bad = await Api.ListAsync("?status=lost", Ct);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        var only = Assert.Single(refused.Body.EnumerateArray());
        Assert.Equal("list-refused", only.GetProperty("eventId").GetString());
        Assert.Equal("opted-out", only.GetProperty("refusal").GetString());
        Assert.Equal("list-sent,list-refused", string.Join(",", all.Body.EnumerateArray().Select(i => i.GetProperty("eventId").GetString())));
        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal("status", bad.Body.GetProperty("field").GetString());
    }

    [Fact]
    public async Task An_invite_for_later_waits_in_the_work_queue_until_then()
    {
        var when = DateTimeOffset.UtcNow.AddDays(2);
        var (status, body) = await Api.InviteAsync(new { eventId = "later-1", channel = "sms", to = "+447700900404", locale = "en", when }, Ct);
        var tooFar = await Api.InviteAsync(new { eventId = "later-2", channel = "sms", to = "+447700900404", locale = "en", when = when.AddDays(200) }, Ct);
        var badZone = await Api.InviteAsync(new { eventId = "later-3", channel = "sms", to = "+447700900404", locale = "en", timeZone = "Mars/Olympus" }, Ct);
        await using var context = await _sms.DatabaseAsync(Ct);
        var job = await context.WorkItems.AsNoTracking().SingleAsync(w => w.Kind == "survey.invite" && w.Payload.Contains("later-1"), Ct);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("queued", body.GetProperty("status").GetString());
        Assert.Equal(when.UtcDateTime, job.DueAt, TimeSpan.FromMilliseconds(1));
        Assert.Equal("pending", job.State);
        Assert.Equal(HttpStatusCode.BadRequest, tooFar.Status);
        Assert.Equal("$.when", tooFar.Body.GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, badZone.Status);
        Assert.Equal("$.timeZone", badZone.Body.GetProperty("field").GetString());
        Assert.Empty(_sms.Twilio.BodiesTo("+447700900404"));
    }

    [Fact]
    public async Task Help_is_answered_with_the_help_text_and_the_survey_is_not_started()
    {
        var customer = _sms.Customer("+447700900405");

        var (status, twiml) = await customer.TextAsync("HELP", Ct);
        var (_, info) = await customer.TextAsync("info", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<Message>Customer feedback survey. Reply STOP", twiml, StringComparison.Ordinal);
        Assert.Contains("<Message>", info, StringComparison.Ordinal);
        Assert.Empty(_sms.Twilio.BodiesTo(customer.Number));
        Assert.Empty(await _sms.OutboundTranscriptAsync(customer.Number, Ct));
    }

    private async Task<HttpStatusCode> StatusAsync(string sid, string to, string status, string authToken)
    {
        var fields = new Dictionary<string, string>
        {
            ["AccountSid"] = TwilioStandIn.AccountSid, ["ApiVersion"] = "2010-04-01", ["From"] = TwilioStandIn.From, ["To"] = to,
            ["MessageSid"] = sid, ["SmsSid"] = sid, ["MessageStatus"] = status, ["SmsStatus"] = status,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio/status") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", SmsCustomer.Sign(SmsCustomer.PublicBaseUrl + "/api/sms/twilio/status", fields, authToken));
        using var response = await _sms.Server.CreateClient().SendAsync(request, Ct);
        return response.StatusCode;
    }
}

/// <summary>Quiet hours on a live server: an SMS invite asked for inside the window is queued for its end; Teams is not held back.</summary>
public sealed class QuietHoursSendTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync(new Dictionary<string, string?>
    {
        // A window around the present instant, in UTC, so the test does not depend on the time of day it runs at.
        ["Proactive:QuietHoursStart"] = Now.AddHours(-1).ToString("HH:mm", CultureInfo.InvariantCulture),
        ["Proactive:QuietHoursEnd"] = Now.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture),
        ["Proactive:DefaultTimeZone"] = "UTC",
    });

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task An_sms_invite_at_night_is_moved_to_the_end_of_the_quiet_hours_and_nothing_is_sent()
    {
        var api = new SurveysApi(_sms.Server.CreateClient(), _sms.ApiKey);

        var (status, body) = await api.InviteAsync(new { eventId = "night-1", channel = "sms", to = "+447700900406", locale = "en" }, Ct);
        await using var context = await _sms.DatabaseAsync(Ct);
        var job = await context.WorkItems.AsNoTracking().SingleAsync(w => w.Kind == "survey.invite" && w.Payload.Contains("night-1"), Ct);
        var end = Now.AddHours(2);
        var expected = new DateTime(end.Year, end.Month, end.Day, end.Hour, end.Minute, 0, DateTimeKind.Utc);

        Assert.Equal(HttpStatusCode.Accepted, status);
        Assert.Equal("queued", body.GetProperty("status").GetString());
        Assert.Equal("quiet-hours", body.GetProperty("deferral").GetString());
        Assert.Equal(expected, body.GetProperty("dueAt").GetDateTime().ToUniversalTime());
        Assert.Equal(expected, DateTime.SpecifyKind(job.DueAt, DateTimeKind.Utc));
        Assert.Empty(_sms.Twilio.BodiesTo("+447700900406"));
    }
}
