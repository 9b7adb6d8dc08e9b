using System.Net;
using Microsoft.EntityFrameworkCore;
using NpsBot.Channels.Sms;
using NpsBot.Server.Tests.Support;
using NpsBot.Storage.Transcripts;
using Twilio.Security;

namespace NpsBot.Server.Tests.Sms;

/// <summary>Twilio's webhook (issue 11): signatures, empty TwiML, replies through the Messages API, duplicates, STOP and START, retries.</summary>
public sealed class TwilioWebhookTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync();

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public void The_tests_signature_is_the_one_twilio_publishes_and_the_one_RequestValidator_accepts()
    {
        var fields = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE", ["Caller"] = "+12349013030", ["Digits"] = "1234", ["From"] = "+12349013030", ["To"] = "+18005551212",
        };

        var signature = SmsCustomer.Sign("https://mycompany.com/myapp.php?foo=1&bar=2", fields, "12345");

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", signature);
        Assert.True(new RequestValidator("12345").Validate("https://mycompany.com/myapp.php?foo=1&bar=2", fields, signature));
    }

    [Fact]
    public async Task A_bad_or_missing_signature_gets_403_and_nothing_runs()
    {
        var phone = _sms.Customer("+447700900101");
        var fields = phone.Fields(phone.NewSid(), "hi");

        var wrongToken = await phone.PostAsync(fields, "not-the-auth-token", Ct);
        var wrongUrl = await phone.PostAsync(fields, TwilioStandIn.AuthToken, Ct, url: "http://localhost/api/sms/twilio");
        using var unsigned = await _sms.Server.CreateClient().PostAsync("/api/sms/twilio", new FormUrlEncodedContent(fields), Ct);
        var tampered = phone.Fields(phone.NewSid(), "hi");
        var signature = SmsCustomer.Sign(SmsCustomer.WebhookUrl, tampered, TwilioStandIn.AuthToken);
        tampered["Body"] = "10";
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio") { Content = new FormUrlEncodedContent(tampered) };
        request.Headers.Add("X-Twilio-Signature", signature);
        using var altered = await _sms.Server.CreateClient().SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, wrongToken.Status);
        Assert.Equal(HttpStatusCode.Forbidden, wrongUrl.Status);
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, altered.StatusCode);
        await using var context = await _sms.DatabaseAsync(Ct);
        Assert.False(await context.Conversations.AnyAsync(c => c.ConversationKey == SmsServer.ConversationKey(phone.Number), Ct));
    }

    [Fact]
    public async Task A_signed_text_gets_empty_twiml_and_the_score_question_by_sms_from_our_number()
    {
        var phone = _sms.Customer("+447700900102");

        var (status, body) = await phone.TextAsync("hi", Ct);
        var outbound = await _sms.OutboundTranscriptAsync(phone.Number, Ct);
        var messages = await _sms.Twilio.WaitForAsync(phone.Number, outbound.Count, Ct);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>", body);
        Assert.Contains("0 to 10", messages[^1], StringComparison.Ordinal);
        Assert.All(_sms.Twilio.Received.Where(m => m.To == phone.Number), m => Assert.Equal(TwilioStandIn.From, m.From));
        await using var context = await _sms.DatabaseAsync(Ct);
        var customer = await context.Customers.SingleAsync(c => c.ChannelId == "sms" && c.ChannelUserId == phone.Number, Ct);
        Assert.False(customer.OptedOut);
    }

    [Fact]
    public async Task A_message_twilio_delivers_twice_with_the_same_MessageSid_runs_once()
    {
        var phone = _sms.Customer("+447700900103");
        var fields = phone.Fields(phone.NewSid(), "hi");

        var first = await phone.PostAsync(fields, TwilioStandIn.AuthToken, Ct);
        var again = await phone.PostAsync(fields, TwilioStandIn.AuthToken, Ct);
        await phone.TextAsync("9", Ct);
        var outbound = await _sms.OutboundTranscriptAsync(phone.Number, Ct);
        var messages = await _sms.Twilio.WaitForAsync(phone.Number, outbound.Count, Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Single(messages, m => m.Contains("0 to 10", StringComparison.Ordinal));
        Assert.Equal(outbound.Count, _sms.Twilio.BodiesTo(phone.Number).Count);
        await using var context = await _sms.DatabaseAsync(Ct);
        var key = SmsServer.ConversationKey(phone.Number);
        Assert.Equal(2, await TranscriptLines.Of(context, key).CountAsync(t => t.Direction == "in", Ct));
    }

    [Fact]
    public async Task Stop_is_kept_on_the_customer_nothing_more_is_sent_and_start_subscribes_again()
    {
        var phone = _sms.Customer("+447700900104");
        await phone.TextAsync("hi", Ct);
        await phone.TextAsync("7", Ct);
        var before = (await _sms.OutboundTranscriptAsync(phone.Number, Ct)).Count;
        await _sms.Twilio.WaitForAsync(phone.Number, before, Ct);

        var stop = await phone.TextAsync("STOP", Ct);
        await phone.TextAsync("5", Ct);
        await phone.TextAsync("hello?", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        bool optedOutAfterStop;
        await using (var context = await _sms.DatabaseAsync(Ct))
        {
            optedOutAfterStop = (await context.Customers.SingleAsync(c => c.ChannelId == "sms" && c.ChannelUserId == phone.Number, Ct)).OptedOut;
        }

        var start = await phone.TextAsync("Start", Ct);

        Assert.Equal(HttpStatusCode.OK, stop.Status);
        Assert.Equal(HttpStatusCode.OK, start.Status);
        Assert.True(optedOutAfterStop);
        Assert.Equal(before, _sms.Twilio.BodiesTo(phone.Number).Count);
        await using var after = await _sms.DatabaseAsync(Ct);
        Assert.False((await after.Customers.SingleAsync(c => c.ChannelId == "sms" && c.ChannelUserId == phone.Number, Ct)).OptedOut);
        var key = SmsServer.ConversationKey(phone.Number);
        Assert.Equal("stopped", (await after.SurveyResponses.SingleAsync(r => r.ConversationKey == key, Ct)).Outcome);
    }

    [Fact]
    public async Task Messages_are_retried_after_twilio_answers_500_and_arrive_in_the_order_they_were_said()
    {
        var phone = _sms.Customer("+447700900105");
        _sms.Twilio.FailFirst[phone.Number] = 2;

        await phone.TextAsync("hi", Ct);
        await phone.TextAsync("3", Ct);
        await phone.TextAsync("the parcel came two weeks late", Ct);
        var outbound = await _sms.OutboundTranscriptAsync(phone.Number, Ct);
        var messages = await _sms.Twilio.WaitForAsync(phone.Number, outbound.Count, Ct);

        Assert.True(outbound.Count >= 4, $"expected the question, the apology, the reason question and a follow-up; got {outbound.Count}");
        Assert.Equal(outbound.Select(SmsText.Plain), messages);
        Assert.Equal(outbound.Count + 2, _sms.Twilio.Calls(phone.Number));
    }
}
