namespace NpsBot.Conversations.Activities;

/// <summary>A JSON body as read: the value, or the error naming the field; both null for an empty body.</summary>
public sealed record JsonBodyResult<T>(T? Value, JsonBodyError? Error)
    where T : class
{
    /// <summary>True when the body had nothing in it but white space.</summary>
    public bool IsEmpty => Value is null && Error is null;
}
