using System.Text.RegularExpressions;

namespace NpsBot.Channels.Sms;

/// <summary>E.164 numbers ("+" then up to 15 digits, no leading zero): the only form Twilio sends and accepts.</summary>
public static partial class PhoneNumbers
{
    public static bool IsE164(string? number) => number is not null && E164().IsMatch(number);

    [GeneratedRegex(@"^\+[1-9][0-9]{6,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
