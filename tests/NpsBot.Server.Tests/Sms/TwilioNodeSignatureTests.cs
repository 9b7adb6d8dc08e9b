using System.Net;
using System.Text.Json;
using NpsBot.Server.Tests.Support;

namespace NpsBot.Server.Tests.Sms;

/// <summary>
/// Issue 11: our X-Twilio-Signature check against signatures made by Twilio's own Node library (twilio 6.2.0, installed
/// by the test project's build from tests/NpsBot.Server.Tests/checks/package-lock.json), an independent implementation:
/// a message it signed is accepted, the same message signed for another URL or with another token is refused.
/// </summary>
public sealed class TwilioNodeSignatureTests : IAsyncLifetime
{
    private SmsServer _sms = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _sms = await SmsServer.StartAsync();

    public async ValueTask DisposeAsync() => await _sms.DisposeAsync();

    [Fact]
    public async Task The_documented_test_vector_comes_out_of_twilio_node_as_out_of_our_signer()
    {
        var fields = new Dictionary<string, string>
        {
            ["CallSid"] = "CA1234567890ABCDE", ["Caller"] = "+12349013030", ["Digits"] = "1234", ["From"] = "+12349013030", ["To"] = "+18005551212",
        };
        const string url = "https://mycompany.com/myapp.php?foo=1&bar=2";

        var node = await TwilioNodeSignAsync("12345", url, fields);

        Assert.Equal("0/KCTR6DLpKmkAf8muzZqo1nDgQ=", node);
        Assert.Equal(node, SmsCustomer.Sign(url, fields, "12345"));
    }

    [Fact]
    public async Task A_message_signed_by_twilio_node_is_accepted_and_one_signed_for_another_url_or_token_is_refused()
    {
        var customer = _sms.Customer("+447700900501");
        var fields = customer.Fields(customer.NewSid(), "hi & ünïcödé 👋");

        var good = await PostAsync(fields, await TwilioNodeSignAsync(TwilioStandIn.AuthToken, SmsCustomer.WebhookUrl, fields));
        var otherUrl = await PostAsync(
            customer.Fields(customer.NewSid(), "hi"), await TwilioNodeSignAsync(TwilioStandIn.AuthToken, "https://elsewhere.example.com/api/sms/twilio", fields));
        var otherToken = await PostAsync(fields, await TwilioNodeSignAsync("another-auth-token", SmsCustomer.WebhookUrl, fields));

        Assert.Equal(HttpStatusCode.OK, good);
        Assert.Equal(HttpStatusCode.Forbidden, otherUrl);
        Assert.Equal(HttpStatusCode.Forbidden, otherToken);
    }

    private async Task<HttpStatusCode> PostAsync(Dictionary<string, string> fields, string signature)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", signature);
        using var response = await _sms.Server.CreateClient().SendAsync(request, Ct);
        return response.StatusCode;
    }

    /// <summary>checks/twilio-sign.js: the signature twilio-node computes.</summary>
    private static async Task<string> TwilioNodeSignAsync(string authToken, string url, IReadOnlyDictionary<string, string> fields) =>
        (await NodeChecks.RunAsync("twilio-sign.js", "twilio", JsonSerializer.Serialize(new { authToken, url, @params = fields }), Ct)).Trim();
}
