namespace NpsBot.Channels.Sms;

/// <summary>
/// Twilio's default opt-out, opt-in and help keywords, which count only when they are the whole message
/// (case-insensitive, surrounding blanks and punctuation ignored); Twilio's Advanced Opt-Out names its own in OptOutType.
/// </summary>
public static class SmsKeywords
{
    private static readonly HashSet<string> OptOut = new(StringComparer.OrdinalIgnoreCase) { "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT" };

    // YES is an opt-in word too, but it is also an answer (theme confirmation): it opts back in and is still answered.
    private static readonly HashSet<string> OptIn = new(StringComparer.OrdinalIgnoreCase) { "START", "UNSTOP", "YES" };

    private static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "HELP", "INFO" };

    public static SmsKeyword Of(string? body, string? optOutType)
    {
        switch (optOutType?.ToUpperInvariant())
        {
            case "STOP":
                return SmsKeyword.OptOut;
            case "START":
                return SmsKeyword.OptIn;
            case "HELP":
                return SmsKeyword.Help;
        }

        var word = (body ?? "").Trim().Trim('.', '!', '?', ' ');
        if (Help.Contains(word))
        {
            return SmsKeyword.Help;
        }

        if (OptOut.Contains(word))
        {
            return SmsKeyword.OptOut;
        }

        if (OptIn.Contains(word))
        {
            return string.Equals(word, "YES", StringComparison.OrdinalIgnoreCase) ? SmsKeyword.OptInAndAnswer : SmsKeyword.OptIn;
        }

        return SmsKeyword.None;
    }
}
