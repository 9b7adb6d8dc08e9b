using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NpsBot.Channels.Http;

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
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return TypedResults.Problem("SMS is not configured on this server (Twilio:AccountSid).", statusCode: StatusCodes.Status404NotFound);
        }

        if (!request.HasFormContentType)
        {
            return TypedResults.Problem(
                "Twilio posts application/x-www-form-urlencoded.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type");
        }

        var bytes = await LimitedBody.ReadAsync(request, settings.MaxWebhookBytes, cancellationToken);
        if (bytes is null)
        {
            return TypedResults.Problem($"The body is larger than {settings.MaxWebhookBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var form = TwilioWebhookEndpoint.Parse(bytes);
        if (!signature.IsValid(request, form))
        {
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        var status = form["MessageStatus"] ?? form["SmsStatus"];
        foreach (var (field, value) in new[] { ("MessageSid", form["MessageSid"]), ("MessageStatus", status) })
        {
            if (string.IsNullOrWhiteSpace(value) || value.Length > 40)
            {
                return TypedResults.Problem(
                    $"The form field '{field}' is missing or too long.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid status callback",
                    extensions: new Dictionary<string, object?> { ["field"] = field });
            }
        }

        int? errorCode = int.TryParse(form["ErrorCode"], NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
        await deliveries.RecordAsync(form["MessageSid"]!, form["To"], status!, errorCode, cancellationToken);
        return TypedResults.NoContent();
    }
}
