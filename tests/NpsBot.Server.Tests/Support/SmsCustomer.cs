using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace NpsBot.Server.Tests.Support;

/// <summary>
/// A phone texting the server as Twilio delivers it: a form-encoded POST to /api/sms/twilio with the fields Twilio sends,
/// signed as Twilio signs it (HMAC-SHA1 with the auth token over the public URL followed by every field's name and
/// value, names sorted; Base64), computed here independently of the server's RequestValidator.
/// </summary>
public sealed class SmsCustomer(HttpClient http, string number)
{
    public const string PublicBaseUrl = "https://nps.example.com";
    public const string WebhookUrl = PublicBaseUrl + "/api/sms/twilio";

    private int _sequence;

    public string Number { get; } = number;

    /// <summary>Texts <paramref name="body"/> with a fresh MessageSid; returns the webhook's status and body.</summary>
    public Task<(HttpStatusCode Status, string Body)> TextAsync(string body, CancellationToken cancellationToken) =>
        PostAsync(Fields(NewSid(), body), TwilioStandIn.AuthToken, cancellationToken);

    public string NewSid() => "SM" + Guid.NewGuid().ToString("N") + Interlocked.Increment(ref _sequence).ToString("D2", System.Globalization.CultureInfo.InvariantCulture)[..2];

    public Dictionary<string, string> Fields(string messageSid, string body) => new()
    {
        ["ToCountry"] = "US", ["ToState"] = "CA", ["SmsMessageSid"] = messageSid, ["NumMedia"] = "0", ["ToCity"] = "", ["FromZip"] = "",
        ["SmsSid"] = messageSid, ["FromState"] = "", ["SmsStatus"] = "received", ["FromCity"] = "", ["Body"] = body,
        ["FromCountry"] = "GB", ["To"] = TwilioStandIn.From, ["MessagingServiceSid"] = "", ["ToZip"] = "", ["NumSegments"] = "1",
        ["MessageSid"] = messageSid, ["AccountSid"] = TwilioStandIn.AccountSid, ["From"] = Number, ["ApiVersion"] = "2010-04-01",
    };

    public async Task<(HttpStatusCode Status, string Body)> PostAsync(
        Dictionary<string, string> fields, string authToken, CancellationToken cancellationToken, string url = WebhookUrl)
    {
        ArgumentNullException.ThrowIfNull(fields);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/sms/twilio") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", Sign(url, fields, authToken));
        using var response = await http.SendAsync(request, cancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public static string Sign(string url, IReadOnlyDictionary<string, string> fields, string authToken)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var data = new StringBuilder(url);
        foreach (var name in fields.Keys.Order(StringComparer.Ordinal))
        {
            data.Append(name).Append(fields[name]);
        }

        // HMAC-SHA1 is what Twilio signs webhooks with; the test must compute exactly that.
#pragma warning disable CA5350
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(authToken), Encoding.UTF8.GetBytes(data.ToString())));
#pragma warning restore CA5350
    }
}
