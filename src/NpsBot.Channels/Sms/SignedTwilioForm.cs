using System.Collections.Specialized;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using NpsBot.Channels.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Sms;

/// <summary>
/// What every Twilio webhook (messages and status callbacks) checks before reading a field: SMS configured, a form
/// body, within <see cref="TwilioOptions.MaxWebhookBytes"/>, and a valid <c>X-Twilio-Signature</c>.
/// </summary>
internal static class SignedTwilioForm
{
    /// <summary>The form, or the refusal to answer with (404, 415, 413 or 403).</summary>
    public static async Task<(NameValueCollection? Form, IResult? Refusal)> ReadAsync(
        HttpRequest request, TwilioOptions settings, TwilioSignature signature, CancellationToken cancellationToken)
    {
        if (!settings.Enabled)
        {
            return (null, TypedResults.Problem("SMS is not configured on this server (Twilio:AccountSid).", statusCode: StatusCodes.Status404NotFound));
        }

        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(
                "Twilio posts application/x-www-form-urlencoded.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        }

        var bytes = await LimitedBody.ReadAsync(request, settings.MaxWebhookBytes, cancellationToken);
        if (bytes is null)
        {
            return (null, TypedResults.Problem($"The body is larger than {settings.MaxWebhookBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }

        var form = Parse(bytes);
        return signature.IsValid(request, form) ? (WithoutControls(form), null) : (null, TypedResults.StatusCode(StatusCodes.Status403Forbidden));
    }

    // After the signature, which covers the values as sent: the controls that mean nothing in a message are dropped, as
    // from every inbound body (ControlCharacters), so a turn is stored alike on SQLite and PostgreSQL.
    private static NameValueCollection WithoutControls(NameValueCollection form)
    {
        var clean = new NameValueCollection(StringComparer.Ordinal);
        foreach (var name in form.AllKeys)
        {
            foreach (var value in form.GetValues(name) ?? [])
            {
                clean.Add(ControlCharacters.Strip(name), ControlCharacters.Strip(value));
            }
        }

        return clean;
    }

    private static NameValueCollection Parse(byte[] bytes)
    {
        var form = new NameValueCollection(StringComparer.Ordinal);
        foreach (var (name, values) in new FormReader(System.Text.Encoding.UTF8.GetString(bytes)).ReadForm())
        {
            foreach (var value in values)
            {
                form.Add(name, value);
            }
        }

        return form;
    }
}
