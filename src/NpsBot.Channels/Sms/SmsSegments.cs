namespace NpsBot.Channels.Sms;

/// <summary>
/// How many SMS segments a text costs: GSM-7 (GSM 03.38) holds 160 septets in one message and 153 per part of a longer
/// one, the extension characters (^ { } \ [ ] ~ | €) taking two; one character outside it makes the whole message
/// UCS-2: 70 UTF-16 units, 67 per part. Written here because neither the Twilio library nor the framework counts
/// segments (Twilio reports num_segments only after sending).
/// </summary>
public static class SmsSegments
{
    private const string Basic =
        "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    private const string Extension = "^{}\\[]~|€\f";

    private static readonly HashSet<char> BasicSet = [.. Basic];
    private static readonly HashSet<char> ExtensionSet = [.. Extension];

    /// <summary>True when every character is in the GSM-7 alphabet (basic or extension).</summary>
    public static bool IsGsm7(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.All(c => BasicSet.Contains(c) || ExtensionSet.Contains(c));
    }

    /// <summary>The segments <paramref name="text"/> is billed as (0 for an empty text).</summary>
    public static int Count(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return 0;
        }

        if (IsGsm7(text))
        {
            var septets = text.Sum(c => ExtensionSet.Contains(c) ? 2 : 1);
            return septets <= 160 ? 1 : (septets + 152) / 153;
        }

        return text.Length <= 70 ? 1 : (text.Length + 66) / 67;
    }

    /// <summary>The encoding Twilio will use: "GSM-7" or "UCS-2".</summary>
    public static string Encoding(string text) => IsGsm7(text) ? "GSM-7" : "UCS-2";
}
