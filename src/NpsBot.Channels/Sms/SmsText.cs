using System.Text;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Sms;

/// <summary>
/// A reply as one SMS body: its text (choices are already numbered in it on a plain-text channel) with typographic
/// punctuation made plain, since one curly quote, dash or ellipsis turns a whole message into UCS-2 and halves what a
/// segment holds (see WORDING: "keep a plain-ASCII punctuation variant for SMS"). Letters are never changed.
/// </summary>
public static class SmsText
{
    public static string Of(Activity reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = reply.Text ?? "";

        // A channel without buttons gets numbered choices from the prompts; suggested actions left on a reply (a list
        // too long for buttons elsewhere) are read out the same way, so the customer can still answer by number.
        if (reply.SuggestedActions?.Actions is { Count: > 0 } actions)
        {
            var lines = actions.Select((action, index) => $"{index + 1}. {action.Title ?? action.Value?.ToString()}");
            text = string.Join('\n', [text, .. lines]);
        }

        return Plain(text);
    }

    public static string Plain(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            _ = c switch
            {
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => plain.Append('"'),
                '\u2018' or '\u2019' or '\u201A' or '\u2032' => plain.Append('\''),
                '\u2013' or '\u2014' or '\u2212' => plain.Append('-'),
                '\u2026' => plain.Append("..."),
                '\u00A0' or '\u202F' or '\u2009' => plain.Append(' '),
                _ => plain.Append(c),
            };
        }

        return plain.ToString();
    }
}
