using System.Globalization;
using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Runner;

/// <summary>
/// The key a conversation is stored under: the endpoint's key space, then the channel id with its length, then the
/// conversation id ("bf|7:msteams|c9"). The length prefix keeps keys unambiguous (issue 7: "msteams|tenantA" + "c9"
/// and "msteams" + "tenantA|c9" were one key), and the key space keeps endpoints apart (<see cref="KeySpaces"/>).
/// </summary>
public static class ConversationKeys
{
    public static string For(string keySpace, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return For(keySpace, activity.ChannelId, activity.Conversation?.Id);
    }

    public static string For(string keySpace, string? channelId, string? conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(keySpace);
        if (keySpace.Contains('|', StringComparison.Ordinal))
        {
            throw new ArgumentException("A key space cannot contain '|'.", nameof(keySpace));
        }

        var channel = channelId ?? "unknown";
        var conversation = conversationId ?? throw new ArgumentException("The activity has no conversation id.", nameof(conversationId));
        if (channel.Length > ActivityLimits.MaxIdLength || conversation.Length > ActivityLimits.MaxIdLength)
        {
            throw new ArgumentException($"Channel and conversation ids are limited to {ActivityLimits.MaxIdLength} characters.");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{keySpace}|{channel.Length}:{channel}|{conversation}");
    }

    /// <summary>The key space, channel id and conversation id of a key made by <see cref="For(string, string?, string?)"/>; null for anything else.</summary>
    public static (string KeySpace, string ChannelId, string ConversationId)? Parse(string? key)
    {
        if (key is null)
        {
            return null;
        }

        var bar = key.IndexOf('|', StringComparison.Ordinal);
        var colon = bar < 0 ? -1 : key.IndexOf(':', bar);
        if (bar <= 0 || colon < 0 || !int.TryParse(key.AsSpan(bar + 1, colon - bar - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var length))
        {
            return null;
        }

        var channelEnd = colon + 1 + length;
        if (channelEnd >= key.Length || key[channelEnd] != '|')
        {
            return null;
        }

        return (key[..bar], key[(colon + 1)..channelEnd], key[(channelEnd + 1)..]);
    }
}
