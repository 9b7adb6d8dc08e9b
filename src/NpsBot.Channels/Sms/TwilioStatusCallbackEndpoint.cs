using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace NpsBot.Channels.Sms;

/// <summary>
/// POST /api/sms/twilio/status: Twilio's message status callback (the StatusCallback URL of every send), form-encoded
/// and signed like the incoming-message webhook (403 without a valid X-Twilio-Signature). MessageSid and MessageStatus
/// are stored per message and reflected on the invite the message belongs to; 204 otherwise.
/// </summary>
public static class TwilioStatusCallbackEndpoint
{
    public const string Path = SmsChannel.WebhookPath + "/status";

    public static IEndpointRouteBuilder MapTwilioStatusCallback(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, ReceiveAsync)
            .WithName("TwilioMessageStatus")
            .WithSummary("Twilio's message status callback: signature checked, the delivery status stored per message.")
            .DisableAntiforgery();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<TwilioOptions> options, TwilioSignature signature, SmsDeliveryStore deliveries, CancellationToken cancellationToken)
    {
        var (form, refusal) = await SignedTwilioForm.ReadAsync(request, options.Value, signature, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        var statusField = form["MessageStatus"] is null && form["SmsStatus"] is not null ? "SmsStatus" : "MessageStatus";
        if (TwilioFormFields.Problem(
                form, "Invalid status callback",
                ("MessageSid", TwilioFormFields.MaxSidLength, true),
                (statusField, TwilioFormFields.MaxStatusLength, true),
                ("To", TwilioFormFields.MaxAddressLength, false)) is { } invalid)
        {
            return invalid;
        }

        var status = form[statusField]!;
        int? errorCode = int.TryParse(form["ErrorCode"], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
        await deliveries.RecordAsync(form["MessageSid"]!, form["To"], status, errorCode, cancellationToken);
        return TypedResults.NoContent();
    }
}
