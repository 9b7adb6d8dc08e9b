namespace NpsBot.Conversations.Activities;

/// <summary>
/// Reads an inbound Activity from a request body, the same way for every endpoint that takes one. A field of the wrong
/// type or format is refused (400 naming the field), as the Bot Framework SDK refuses a body it cannot deserialize; unknown
/// fields are kept and unknown activity types accepted (spec A2005, A2006), for the bot to ignore.
/// </summary>
public static class ActivityReader
{
    /// <summary>The activity, or why it was refused; both null when the body is empty.</summary>
    public static JsonBodyResult<Activity> Read(ReadOnlySpan<byte> body)
    {
        var read = JsonBodyReader.Read<Activity>(body, ActivityJson.Options);
        return read.Value is { } activity && ActivityShape.Check(activity) is { } error ? new JsonBodyResult<Activity>(null, error) : read;
    }
}
