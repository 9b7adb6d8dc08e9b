using System.Collections.Specialized;
using Microsoft.AspNetCore.Http;

namespace NpsBot.Channels.Sms;

/// <summary>
/// The lengths the stored fields of Twilio's webhooks may have: the columns they go to hold no more (PostgreSQL refuses a
/// longer value where SQLite would store it), so a signed request with a longer one is a 400 naming the field, never a
/// 500. Twilio's own values are far shorter: a SID is 34 characters, an E.164 number at most 16.
/// </summary>
internal static class TwilioFormFields
{
    public const int MaxSidLength = 40;

    public const int MaxStatusLength = 32;

    /// <summary>A phone number, or a channel address such as "whatsapp:+447700900123".</summary>
    public const int MaxAddressLength = 64;

    /// <summary>The 400 for the first field that is missing (when required) or longer than its limit; null when all hold.</summary>
    public static IResult? Problem(NameValueCollection form, string title, params (string Name, int MaxLength, bool Required)[] fields)
    {
        foreach (var (name, maxLength, required) in fields)
        {
            var value = form[name];
            var missing = required && string.IsNullOrWhiteSpace(value);
            if (missing || value?.Length > maxLength)
            {
                return TypedResults.Problem(
                    missing ? $"The form field '{name}' is missing." : $"The form field '{name}' is longer than {maxLength} characters.",
                    statusCode: StatusCodes.Status400BadRequest, title: title,
                    extensions: new Dictionary<string, object?> { ["field"] = name });
            }
        }

        return null;
    }
}
