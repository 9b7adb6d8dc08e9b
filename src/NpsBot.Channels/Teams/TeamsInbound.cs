using System.Text.Json;
using System.Text.RegularExpressions;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.Teams;

/// <summary>
/// Reads a Teams message as the survey expects one: an Adaptive Card submit carries its answer in <c>value</c> (no text),
/// so the score becomes the text; an @mention of the bot (<c>&lt;at&gt;NpsBot&lt;/at&gt;</c>) is taken out of the text.
/// </summary>
public static partial class TeamsInbound
{
    public static Activity Normalize(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!TeamsChannel.Is(activity.ChannelId) || !activity.IsMessage)
        {
            return activity;
        }

        if (SubmittedScore(activity) is { } score)
        {
            return activity with { Text = score };
        }

        return activity.Text is { } text && text.Contains("<at>", StringComparison.OrdinalIgnoreCase)
            ? activity with { Text = Mention().Replace(text, "").Trim() }
            : activity;
    }

    /// <summary>The score of a card submit (<c>value.npsScore</c>), or null for any other message.</summary>
    public static string? SubmittedScore(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value || !value.TryGetProperty(TeamsChannel.ScoreMember, out var score))
        {
            return null;
        }

        var text = score.ValueKind switch
        {
            JsonValueKind.String => score.GetString(),
            JsonValueKind.Number => score.GetRawText(),
            _ => null,
        };
        return text is { Length: > 0 and <= 4 } ? text : null;
    }

    [GeneratedRegex("<at>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 100)]
    private static partial Regex Mention();
}
