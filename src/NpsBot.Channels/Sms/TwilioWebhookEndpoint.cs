using System.Collections.Specialized;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NpsBot.Channels.Sms.Budget;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Sms;

/// <summary>
/// POST /api/sms/twilio: Twilio's incoming-message webhook (form-encoded). A bad or missing signature gets 403 and
/// nothing else happens; a signed message becomes an Activity (channel "sms", the number as a verified customer, the
/// MessageSid as its id, so Twilio's retries of the same message run once) and goes through the conversation runner;
/// its replies, fitted to the segment budget (<see cref="SmsReplyFitter"/>), are queued as <c>sms.send</c> jobs in the turn's commit, and the webhook answers at once with empty TwiML.
/// STOP and friends are kept on the customer and answered with nothing; START re-subscribes.
/// </summary>
public static class TwilioWebhookEndpoint
{
    private const string EmptyTwiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    public static IEndpointRouteBuilder MapTwilioSms(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SmsChannel.WebhookPath, ReceiveAsync)
            .WithName("TwilioIncomingSms")
            .WithSummary("Twilio's incoming-message webhook: signature checked, the message run as a turn, replies sent through the Messages API.")
            .DisableAntiforgery();
        endpoints.MapTwilioStatusCallback();
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<TwilioOptions> options, IOptions<SmsOptions> sms, TwilioSignature signature, IConversationRunner runner,
        ISmsConsent consent, IConversationLocales locales, SmsReplyFitter fitter, CancellationToken cancellationToken)
    {
        var (form, refusal) = await SignedTwilioForm.ReadAsync(request, options.Value, signature, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        if (TwilioFormFields.Problem(
                form, "Invalid message",
                ("MessageSid", TwilioFormFields.MaxSidLength, true),
                ("From", TwilioFormFields.MaxAddressLength, true),
                ("To", TwilioFormFields.MaxAddressLength, false)) is { } invalid)
        {
            return invalid;
        }

        var number = form["From"]!;
        var keyword = SmsKeywords.Of(form["Body"], form["OptOutType"]);
        if (keyword == SmsKeyword.Help)
        {
            // HELP/INFO: the configured help text in the conversation's language, as TwiML; the survey is left where it is.
            var locale = await locales.LocaleOfAsync(ConversationKeys.For(SmsChannel.KeySpace, SmsChannel.ChannelId, number), cancellationToken);
            return TypedResults.Text(Twiml(fitter.FitText(sms.Value.HelpFor(locale))), "text/xml", System.Text.Encoding.UTF8);
        }

        switch (keyword)
        {
            case SmsKeyword.OptOut:
                await consent.SetOptedOutAsync(number, optedOut: true, cancellationToken);
                break;
            case SmsKeyword.OptIn or SmsKeyword.OptInAndAnswer:
                await consent.SetOptedOutAsync(number, optedOut: false, cancellationToken);
                break;
        }

        // START only re-subscribes (Twilio confirms it itself). STOP still runs as a turn, so a survey in progress ends
        // with its outcome recorded, but sends nothing: the customer has just asked for no more messages.
        if (keyword != SmsKeyword.OptIn)
        {
            var origin = new TurnOrigin(SmsChannel.KeySpace, new VerifiedCustomer(number))
            {
                ReplyWork = keyword == SmsKeyword.OptOut ? SmsSendWork.None : SmsSendWork.Schedule,
                ShapeReply = fitter.Fit,
            };
            await runner.RunTurnAsync(ToActivity(form), origin, cancellationToken);
        }

        return TypedResults.Text(EmptyTwiml, "text/xml", System.Text.Encoding.UTF8);
    }

    private static Activity ToActivity(NameValueCollection form) => new()
    {
        Type = ActivityTypes.Message,
        Id = form["MessageSid"],
        ChannelId = SmsChannel.ChannelId,
        Conversation = new ConversationAccount { Id = form["From"] },
        From = new ChannelAccount { Id = form["From"], Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = form["To"], Role = RoleTypes.Bot },
        Text = form["Body"] ?? "",
    };

    // XElement escapes the text (an ampersand in a company name stays valid XML).
    private static string Twiml(string message) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + new System.Xml.Linq.XElement("Response", new System.Xml.Linq.XElement("Message", message)).ToString(System.Xml.Linq.SaveOptions.DisableFormatting);
}
