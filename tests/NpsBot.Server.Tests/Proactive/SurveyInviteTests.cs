using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Server.Cli;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Proactive;

/// <summary>Proactive surveys (issue 11): POST /api/v1/surveys and the survey-send verb, through the survey.invite job and the SMS channel.</summary>
public sealed class SurveyInviteTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SurveysApi Api => new(_sms.Server.CreateClient(), _sms.ApiKey);

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync();

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task Without_a_valid_api_key_the_endpoint_answers_401()
    {
        var body = new { eventId = "e-401", channel = "sms", to = "+447700900301", locale = "en" };

        var none = await new SurveysApi(_sms.Server.CreateClient(), apiKey: null).InviteAsync(body, Ct);
        var wrong = await new SurveysApi(_sms.Server.CreateClient(), apiKey: "not-a-key").InviteAsync(body, Ct);
        var read = await new SurveysApi(_sms.Server.CreateClient(), apiKey: "not-a-key").GetAsync("e-401", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, none.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, read.Status);
        Assert.Empty(_sms.Twilio.Received);
    }

    [Theory]
    [InlineData("""{"channel":"sms","to":"+447700900302","locale":"en"}""", "$.eventId")]
    [InlineData("""{"eventId":"e-400","channel":"fax","to":"+447700900302","locale":"en"}""", "$.channel")]
    [InlineData("""{"eventId":"e-400","channel":"sms","to":"07700 900302","locale":"en"}""", "$.to")]
    [InlineData("""{"eventId":"e-400","channel":"sms","to":"+447700900302","locale":"xx"}""", "$.locale")]
    [InlineData("""{"eventId":"e-400","channel":"sms","to":12,"locale":"en"}""", "$.to")]
    [InlineData("""{"eventId":"e-400",""", "$")]
    public async Task Bad_input_gets_400_naming_the_field(string json, string field)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/surveys")
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", _sms.ApiKey);

        using var response = await _sms.Server.CreateClient().SendAsync(request, Ct);
        var problem = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(field, problem.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_surveys_the_customer_once_however_often_it_is_sent()
    {
        var body = new { eventId = "order-1001-delivered", channel = "sms", to = "+447700900303", locale = "en" };

        var first = await Api.InviteAsync(body, Ct);
        var decided = await Api.WaitDecidedAsync("order-1001-delivered", Ct);
        var again = await Api.InviteAsync(body, Ct);
        var third = await Api.InviteAsync(body with { locale = "fr" }, Ct);
        var outbound = await _sms.OutboundTranscriptAsync("+447700900303", Ct);
        var messages = await _sms.Twilio.WaitForAsync("+447700900303", outbound.Count, Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);

        Assert.Equal(HttpStatusCode.Accepted, first.Status);
        Assert.Equal("queued", first.Body.GetProperty("status").GetString());
        Assert.Equal("sent", decided.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal("sent", again.Body.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Single(messages, m => m.Contains("0 to 10", StringComparison.Ordinal));
        Assert.Equal(outbound.Count, _sms.Twilio.BodiesTo("+447700900303").Count);
    }

    [Fact]
    public async Task A_customer_surveyed_lately_or_who_said_stop_is_refused_at_send_time_and_gets_nothing()
    {
        var surveyed = _sms.Customer("+447700900304");
        await surveyed.TextAsync("hi", Ct);
        await surveyed.TextAsync("10", Ct);
        var stopped = _sms.Customer("+447700900305");
        await stopped.TextAsync("STOP", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);
        var before = _sms.Twilio.BodiesTo(surveyed.Number).Count;

        await Api.InviteAsync(new { eventId = "ticket-77-closed", channel = "sms", to = surveyed.Number, locale = "en" }, Ct);
        await Api.InviteAsync(new { eventId = "ticket-78-closed", channel = "sms", to = stopped.Number, locale = "en" }, Ct);
        var recent = await Api.WaitDecidedAsync("ticket-77-closed", Ct);
        var optedOut = await Api.WaitDecidedAsync("ticket-78-closed", Ct);
        await _sms.WaitForNoPendingSmsAsync(Ct);

        Assert.Equal("refused", recent.GetProperty("status").GetString());
        Assert.Equal("recently-surveyed", recent.GetProperty("refusal").GetString());
        Assert.Equal("refused", optedOut.GetProperty("status").GetString());
        Assert.Equal("opted-out", optedOut.GetProperty("refusal").GetString());
        Assert.Equal(before, _sms.Twilio.BodiesTo(surveyed.Number).Count);
        Assert.Empty(_sms.Twilio.BodiesTo(stopped.Number));
    }

    [Fact]
    public async Task The_survey_send_verb_queues_an_invite_that_is_sent_in_the_chosen_locale()
    {
        var verb = ActivatorUtilities.CreateInstance<SurveySendVerb>(_sms.Server.Services);
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await verb.RunAsync(["survey-send", "--channel", "sms", "--to", "+34600900306", "--locale", "es", "--event", "cli-1"], output, error, Ct);
        var bad = await verb.RunAsync(["survey-send", "--channel", "sms", "--to", "nope", "--locale", "es"], output, error, Ct);
        var decided = await Api.WaitDecidedAsync("cli-1", Ct);
        var outbound = await _sms.OutboundTranscriptAsync("+34600900306", Ct);
        var messages = await _sms.Twilio.WaitForAsync("+34600900306", outbound.Count, Ct);

        Assert.Equal(0, code);
        Assert.Equal("sent", decided.GetProperty("status").GetString());
        Assert.Equal(2, bad);
        Assert.Contains("--to", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 al 10", messages[^1], StringComparison.Ordinal);
    }
}
