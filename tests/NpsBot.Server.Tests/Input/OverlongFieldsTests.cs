using System.Net;
using System.Net.Http.Json;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.Webhooks;

namespace NpsBot.Server.Tests.Input;

/// <summary>
/// A field a caller sets longer than the column it is stored in is a 4xx naming the field, or is stored whole; never a
/// 5xx. SQLite stores any length, PostgreSQL refuses more than the column's (the CI failure of a 300-character Direct
/// Line user id), so these run on the pass's provider and the PostgreSQL pass is the one that finds a missing check.
/// The endpoints here are those the property tests do not mutate: Twilio's two webhooks (signed, as Twilio signs), the
/// survey invite and the webhook subscription. 300 characters is past every 256-character column.
/// </summary>
public sealed class OverlongFieldsTests(OverlongFieldsTests.Host host) : IClassFixture<OverlongFieldsTests.Host>
{
    private const string StatusCallbackUrl = SmsCustomer.PublicBaseUrl + "/api/sms/twilio/status";

    private readonly SmsServer _sms = host.Sms;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One server for every case: each sends its own numbers, message ids and event ids.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public SmsServer Sms { get; private set; } = null!;

        public async ValueTask InitializeAsync() =>
            Sms = await SmsServer.StartAsync(new Dictionary<string, string?> { [WebhookTargetGuard.AllowPrivateTargetsKey] = "true" });

        public async ValueTask DisposeAsync() => await Sms.DisposeAsync();
    }

    [Theory]
    [InlineData("MessageSid", 300)]
    [InlineData("From", 300)]
    [InlineData("To", 300)]
    [InlineData("Body", 1600)]
    public async Task An_incoming_sms_with_an_overlong_field_is_refused_naming_it_or_taken_as_a_turn(string field, int length)
    {
        var customer = _sms.Customer("+4477009" + Random.Shared.Next(10_000, 99_999));
        var fields = customer.Fields(customer.NewSid(), "7");
        fields[field] = Overlong(field, length);

        var (status, body) = await customer.PostAsync(fields, TwilioStandIn.AuthToken, Ct);

        AssertRefusedNamingOrAccepted(status, body, field);
    }

    [Theory]
    [InlineData("MessageSid", 300)]
    [InlineData("MessageStatus", 40)]
    [InlineData("MessageStatus", 300)]
    [InlineData("To", 300)]
    public async Task A_status_callback_with_an_overlong_field_is_refused_naming_it_or_stored(string field, int length)
    {
        var customer = _sms.Customer("+447700900123");
        var fields = new Dictionary<string, string>
        {
            ["MessageSid"] = customer.NewSid(), ["MessageStatus"] = "delivered", ["To"] = customer.Number, ["From"] = TwilioStandIn.From,
            ["AccountSid"] = TwilioStandIn.AccountSid, ["ApiVersion"] = "2010-04-01",
        };
        fields[field] = Overlong(field, length);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio/status") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", SmsCustomer.Sign(StatusCallbackUrl, fields, TwilioStandIn.AuthToken));

        using var response = await _sms.Server.CreateClient().SendAsync(request, Ct);

        AssertRefusedNamingOrAccepted(response.StatusCode, await response.Content.ReadAsStringAsync(Ct), field);
    }

    [Theory]
    [InlineData("eventId", 300)]
    [InlineData("eventId", 5000)]
    [InlineData("channel", 300)]
    [InlineData("to", 300)]
    [InlineData("locale", 300)]
    [InlineData("timeZone", 300)]
    public async Task A_survey_invite_with_an_overlong_field_is_refused_naming_it(string field, int length)
    {
        var body = new Dictionary<string, string>
        {
            ["eventId"] = "overlong-" + Guid.NewGuid().ToString("N"), ["channel"] = "sms", ["to"] = "+447700900123", ["locale"] = "en",
            ["timeZone"] = "Europe/London",
        };
        body[field] = Overlong(field, length);

        var (status, answer) = await new SurveysApi(_sms.Server.CreateClient(), _sms.ApiKey).InviteAsync(body, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("$." + field, answer.GetProperty("field").GetString());
    }

    [Theory]
    [InlineData("url")]
    [InlineData("events")]
    public async Task A_webhook_subscription_with_an_overlong_field_is_refused_naming_it(string field)
    {
        // 1,500 "é" are 1,521 characters as typed, under the 2,048 allowed, and 9,000 once escaped, as the URL is stored.
        var url = field == "url" ? "http://127.0.0.1:9/" + new string('é', 1500) : "http://127.0.0.1:9/hook";
        var events = field == "events" ? new[] { new string('e', 300) } : ["case.opened"];
        var client = _sms.Server.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", _sms.ApiKey);

        using var response = await client.PostAsJsonAsync("/api/v1/webhooks", new { url, events }, Ct);

        var answer = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {answer}");
        Assert.Contains($"\"{field}\"", answer, StringComparison.Ordinal);
    }

    // Of the field's own kind where it has one (a SID, a phone number), so that only its length is wrong.
    private static string Overlong(string field, int length) => field switch
    {
        "MessageSid" => "SM" + new string('0', length - 2),
        "From" or "To" or "to" => "+" + new string('4', length - 1),
        _ => new string('a', length),
    };

    private static void AssertRefusedNamingOrAccepted(HttpStatusCode status, string body, string field)
    {
        Assert.True((int)status < 500, $"{(int)status}: {body}");
        if ((int)status >= 400)
        {
            Assert.Contains(field, body, StringComparison.Ordinal);
        }
    }
}
