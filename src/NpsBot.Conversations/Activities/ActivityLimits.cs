namespace NpsBot.Conversations.Activities;

/// <summary>
/// Bounds on the ids of an inbound activity: the endpoints answer 400 naming the field rather than store or key by an
/// id of any length (issue 7: a 100 KB conversation id was stored).
/// </summary>
public static class ActivityLimits
{
    /// <summary>
    /// The longest id accepted (channel, conversation, activity, sender, recipient), and the longest account name (the
    /// database keeps a customer's name in as many characters; PostgreSQL refuses a longer one).
    /// </summary>
    public const int MaxIdLength = 256;

    /// <summary>
    /// The longest locale accepted, in an activity or a Direct Line conversation's start, and the length the database
    /// keeps (a BCP 47 tag with a script, region and variant fits in far less).
    /// </summary>
    public const int MaxLocaleLength = 32;

    /// <summary>The longest activity type accepted, and the length the transcript keeps ("conversationUpdate" is 18).</summary>
    public const int MaxTypeLength = 32;

    /// <summary>The JSON path of the first id or account name longer than <see cref="MaxIdLength"/>, or null when all fit.</summary>
    public static string? FirstOverlongField(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        (string Field, string? Value)[] ids =
        [
            ("channelId", activity.ChannelId),
            ("conversation.id", activity.Conversation?.Id),
            ("id", activity.Id),
            ("from.id", activity.From?.Id),
            ("from.name", activity.From?.Name),
            ("recipient.id", activity.Recipient?.Id),
            ("recipient.name", activity.Recipient?.Name),
            ("replyToId", activity.ReplyToId),
        ];
        return ids.FirstOrDefault(id => id.Value is { Length: > MaxIdLength }).Field;
    }
}
