namespace NpsBot.Channels.Sms;

/// <summary>
/// How many SMS segments a text costs: GSM-7 (GSM 03.38) holds 160 septets in one message and 153 per part of a longer
/// one, the extension characters (^ { } \ [ ] ~ | €) taking two; one character outside it makes the whole message
/// UCS-2: 70 UTF-16 units (an emoji is a surrogate pair: two), 67 per part; a part never splits an escape or a pair.
/// Written here because neither the Twilio library nor the framework counts segments (Twilio reports num_segments only
/// after sending).
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

        return IsGsm7(text)
            ? Segments(text.Select(c => ExtensionSet.Contains(c) ? 2 : 1), single: 160, part: 153)
            : Segments(Units(text), single: 70, part: 67);
    }

    /// <summary>
    /// Segments of characters costing the given sizes: one message when they all fit in <paramref name="single"/>, else
    /// parts of <paramref name="part"/> where a character never straddles two parts (an escaped GSM-7 extension
    /// character, an emoji's surrogate pair), as senders split them.
    /// </summary>
    private static int Segments(IEnumerable<int> sizes, int single, int part)
    {
        var list = sizes.ToList();
        if (list.Sum() <= single)
        {
            return 1;
        }

        var segments = 1;
        var used = 0;
        foreach (var size in list)
        {
            if (used + size > part)
            {
                segments++;
                used = 0;
            }

            used += size;
        }

        return segments;
    }

    /// <summary>The UTF-16 units of each character (2 for a surrogate pair: an emoji, as UCS-2 carries it).</summary>
    private static IEnumerable<int> Units(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                yield return 2;
            }
            else
            {
                yield return 1;
            }
        }
    }

    /// <summary>The encoding Twilio will use: "GSM-7" or "UCS-2".</summary>
    public static string Encoding(string text) => IsGsm7(text) ? "GSM-7" : "UCS-2";
}
