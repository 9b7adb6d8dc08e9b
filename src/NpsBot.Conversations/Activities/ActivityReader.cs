namespace NpsBot.Conversations.Activities;

/// <summary>
/// Reads an inbound Activity from a request body, the same way for every endpoint that takes one (issue 7). One rule for
/// every field the schema names: a value of the wrong type or format is refused with a 400 naming the field, as the Bot
/// Framework SDK refuses a body it cannot deserialize; nothing is silently dropped. That includes the dates: a
/// <c>timestamp</c>, <c>localTimestamp</c> or <c>expiration</c> that does not parse is refused, not dropped, since a
/// channel that sends one has a bug it should hear about and Web Chat always sends them well-formed. What the schema
/// does not name is never refused: unknown fields are kept untouched and unknown activity types accepted (spec A2005,
/// A2006), for the bot to ignore.
/// </summary>
public static class ActivityReader
{
    /// <summary>The activity, or why it was refused; both null when the body is empty.</summary>
    public static JsonBodyResult<Activity> Read(ReadOnlySpan<byte> body)
    {
        var read = JsonBodyReader.Read<Activity>(body, ActivityJson.Inbound);
        return read.Value is { } activity && ActivityShape.Check(activity) is { } error ? new JsonBodyResult<Activity>(null, error) : read;
    }
}
