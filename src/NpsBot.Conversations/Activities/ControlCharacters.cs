namespace NpsBot.Conversations.Activities;

/// <summary>
/// The C0 control characters (U+0000 to U+001F) other than tab, line feed and carriage return: they mean nothing in a
/// chat message, and PostgreSQL refuses U+0000 in a text column. Inbound text loses them where it arrives (the JSON
/// bodies of <see cref="JsonBodyReader"/>, the SMS webhook's form), the same on every database, so the turn is kept
/// and stored alike on SQLite and PostgreSQL instead of failing on one of them. Written by hand: no library strips
/// escapes from JSON bytes before they are read.
/// </summary>
public static class ControlCharacters
{
    /// <summary>True for a C0 control other than tab, line feed and carriage return.</summary>
    public static bool IsMeaningless(char c) => c < ' ' && c is not ('\t' or '\n' or '\r');

    /// <summary>The text without the meaningless controls (the same instance when it has none).</summary>
    public static string? Strip(string? text)
    {
        if (text is null || !text.AsSpan().ContainsAnyInRange('\0', '\u001f'))
        {
            return text;
        }

        return string.Create(text.Length - text.Count(IsMeaningless), text, static (span, source) =>
        {
            var at = 0;
            foreach (var c in source)
            {
                if (!IsMeaningless(c))
                {
                    span[at++] = c;
                }
            }
        });
    }

    /// <summary>
    /// The JSON text without the escapes that stand for a meaningless control (<c>\u0000</c> to <c>\u001f</c> but
    /// <c>\t</c>, <c>\n</c>, <c>\r</c>, and <c>\b</c>, <c>\f</c>), in strings and property names alike; null when it has
    /// none. Valid JSON can only hold a control as an escape, and a backslash only inside a string.
    /// </summary>
    public static byte[]? StripJsonEscapes(ReadOnlySpan<byte> json)
    {
        var first = FirstEscape(json, 0);
        if (first < 0)
        {
            return null;
        }

        var output = new byte[json.Length];
        json[..first].CopyTo(output);
        var length = first;
        var at = first;
        while (at < json.Length)
        {
            var next = FirstEscape(json, at);
            var end = next < 0 ? json.Length : next;
            json[at..end].CopyTo(output.AsSpan(length));
            length += end - at;
            if (next < 0)
            {
                break;
            }

            at = next + EscapeLength(json[next..]);
        }

        return output[..length];
    }

    /// <summary>Where the next escape of a meaningless control starts, from <paramref name="from"/>, or -1.</summary>
    private static int FirstEscape(ReadOnlySpan<byte> json, int from)
    {
        var at = from;
        while (at < json.Length)
        {
            var backslash = json[at..].IndexOf((byte)'\\');
            if (backslash < 0)
            {
                return -1;
            }

            at += backslash;
            if (EscapeLength(json[at..]) > 0)
            {
                return at;
            }

            // Any other escape (\\, \", \uXXXX...): skip the backslash and the character it escapes.
            at += 2;
        }

        return -1;
    }

    /// <summary>The length of the escape at the start of <paramref name="escape"/> when it stands for a meaningless control, else 0.</summary>
    private static int EscapeLength(ReadOnlySpan<byte> escape)
    {
        if (escape.Length < 2)
        {
            return 0;
        }

        if (escape[1] is (byte)'b' or (byte)'f')
        {
            return 2;
        }

        if (escape[1] != (byte)'u' || escape.Length < 6 || escape[2] != (byte)'0' || escape[3] != (byte)'0' || escape[4] is not ((byte)'0' or (byte)'1'))
        {
            return 0;
        }

        var code = ((escape[4] - '0') << 4) | Hex(escape[5]);
        return code >= 0 && IsMeaningless((char)code) ? 6 : 0;
    }

    private static int Hex(byte digit) => digit switch
    {
        >= (byte)'0' and <= (byte)'9' => digit - '0',
        >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => digit - 'A' + 10,
        _ => -1000,
    };
}
