using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace NpsBot.Channels.Sms;

/// <summary>
/// Sends one SMS through Twilio's Messages resource with the Twilio library (HTTP Basic with the Account SID and auth
/// token, form fields To, From or MessagingServiceSid, Body). It does not retry: <see cref="SmsSendHandler"/> runs in
/// the durable work queue, which does.
/// </summary>
public sealed class TwilioMessages(IHttpClientFactory http, IOptions<TwilioOptions> options)
{
    public const string HttpClientName = "twilio";

    /// <summary>Sends the message; Twilio's answer (sid, status, num_segments) on 201, an ApiException otherwise.</summary>
    public async Task<MessageResource> SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        cancellationToken.ThrowIfCancellationRequested();
        var settings = options.Value;
        var client = new TwilioRestClient(
            settings.AccountSid, settings.AuthToken, settings.AccountSid, httpClient: new SystemNetHttpClient(http.CreateClient(HttpClientName)));
        var create = new CreateMessageOptions(new PhoneNumber(message.To)) { Body = message.Body };
        if (settings.PublicBaseUrl is { } publicBase)
        {
            // Twilio reports queued, sent, delivered (or undelivered/failed) there, signed like the webhook.
            create.StatusCallback = new Uri(publicBase.GetLeftPart(UriPartial.Path).TrimEnd('/') + TwilioStatusCallbackEndpoint.Path);
        }

        if (!string.IsNullOrWhiteSpace(settings.MessagingServiceSid))
        {
            create.MessagingServiceSid = settings.MessagingServiceSid;
        }
        else
        {
            create.From = new PhoneNumber(settings.From);
        }

        return await MessageResource.CreateAsync(create, client);
    }
}
