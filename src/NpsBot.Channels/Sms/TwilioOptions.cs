using System.ComponentModel.DataAnnotations;

namespace NpsBot.Channels.Sms;

/// <summary>
/// The "Twilio" section: the account the webhook is signed with and replies are sent from. SMS is on when
/// <see cref="AccountSid"/> is set; then the auth token, a sender and the public URL are required (checked at start).
/// </summary>
public sealed class TwilioOptions : IValidatableObject
{
    public const string SectionName = "Twilio";

    /// <summary>The account (AC...); empty = SMS off (the webhook answers 404).</summary>
    public string? AccountSid { get; set; }

    /// <summary>The account's auth token: the key of X-Twilio-Signature and the password of the Messages API.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The sending number (E.164), or leave empty and set <see cref="MessagingServiceSid"/>.</summary>
    public string? From { get; set; }

    /// <summary>A Messaging Service (MG...) to send through instead of one number.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// The server's public base URL as Twilio calls it ("https://nps.example.com", with a path prefix if the proxy adds
    /// one): signatures are checked against this plus the request's path and query, never against the Host header.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }

    /// <summary>Where the Messages API lives; tests point it at a local stand-in.</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://api.twilio.com");

    /// <summary>
    /// Segments one message may cost (GSM-7 160/153, UCS-2 70/67 characters): a longer reply is fitted before it is queued
    /// (choices on one line, then cut at a word with "...", never a link, code or deadline) and logged (wording to shorten).
    /// </summary>
    [Range(1, 10)]
    public int MaxSegmentsPerMessage { get; set; } = 3;

    /// <summary>Largest webhook body accepted (Twilio's Body is at most 1600 characters).</summary>
    [Range(1024, 1024 * 1024)]
    public int MaxWebhookBytes { get; set; } = 64 * 1024;

    public bool Enabled => !string.IsNullOrWhiteSpace(AccountSid);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(AuthToken))
        {
            yield return new ValidationResult("Twilio:AccountSid is set but Twilio:AuthToken is not.", [nameof(AuthToken)]);
        }

        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(MessagingServiceSid))
        {
            yield return new ValidationResult("Twilio:From (a number) or Twilio:MessagingServiceSid is needed to send SMS.", [nameof(From)]);
        }

        if (PublicBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            yield return new ValidationResult(
                "Twilio:PublicBaseUrl must be the absolute http(s) URL Twilio calls this server by (signatures are checked against it).",
                [nameof(PublicBaseUrl)]);
        }
    }
}
