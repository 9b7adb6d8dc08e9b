namespace NpsBot.Conversations.Activities;

/// <summary>
/// What the serializer lets through but a turn cannot use: a missing, blank or overlong <c>type</c> (the transcript keeps
/// it, <see cref="ActivityLimits.MaxTypeLength"/>), null entries in lists of
/// objects (<c>"membersAdded":[null]</c>), and a <c>locale</c> longer than any language tag (<see cref="ActivityLimits.MaxLocaleLength"/>:
/// the conversation keeps it, and PostgreSQL refuses a longer value where SQLite would store it). Null entries are refused rather than dropped, like every other malformed field,
/// so a channel with a bug hears about it.
/// </summary>
public static class ActivityShape
{
    /// <summary>The first problem, or null when the activity can be handed to a turn.</summary>
    public static JsonBodyError? Check(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return new JsonBodyError("$.type", "The activity has no 'type'.");
        }

        if (activity.Type.Length > ActivityLimits.MaxTypeLength)
        {
            return new JsonBodyError("$.type", $"The field '$.type' is longer than {ActivityLimits.MaxTypeLength} characters; an activity type such as 'message' is expected.");
        }

        if (activity.Locale is { Length: > ActivityLimits.MaxLocaleLength })
        {
            return new JsonBodyError("$.locale", $"The field '$.locale' is longer than {ActivityLimits.MaxLocaleLength} characters; a language tag such as 'en-US' is expected.");
        }

        return NullEntry("$.membersAdded", activity.MembersAdded)
            ?? NullEntry("$.membersRemoved", activity.MembersRemoved)
            ?? NullEntry("$.attachments", activity.Attachments)
            ?? NullEntry("$.suggestedActions.actions", activity.SuggestedActions?.Actions)
            ?? NullEntry("$.suggestedActions.to", activity.SuggestedActions?.To);
    }

    private static JsonBodyError? NullEntry<T>(string field, IReadOnlyList<T?>? list)
        where T : class
    {
        for (var i = 0; i < (list?.Count ?? 0); i++)
        {
            if (list![i] is null)
            {
                return new JsonBodyError($"{field}[{i}]", $"The field '{field}[{i}]' is null; an array without null entries is expected.");
            }
        }

        return null;
    }
}
