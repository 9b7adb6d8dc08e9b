using System.Collections.Specialized;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Twilio.Security;

namespace NpsBot.Channels.Sms;

/// <summary>
/// Checks X-Twilio-Signature with Twilio's own <see cref="RequestValidator"/> over every parameter that arrived (Twilio
/// adds parameters without notice), against the URL Twilio called: the configured public base URL plus this request's
/// path and query, never a URL built from the Host header (a proxy or a forged Host would change it).
/// </summary>
public sealed class TwilioSignature(IOptions<TwilioOptions> options)
{
    public const string Header = "X-Twilio-Signature";

    public bool IsValid(HttpRequest request, NameValueCollection form)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (settings.PublicBaseUrl is not { } publicBase || string.IsNullOrEmpty(settings.AuthToken)
            || request.Headers[Header].ToString() is not { Length: > 0 } signature)
        {
            return false;
        }

        var url = publicBase.GetLeftPart(UriPartial.Path).TrimEnd('/') + request.Path.Value + request.QueryString.Value;
        return new RequestValidator(settings.AuthToken).Validate(url, form, signature);
    }
}
