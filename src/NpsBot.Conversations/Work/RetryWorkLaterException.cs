namespace NpsBot.Conversations.Work;

/// <summary>Thrown by a handler that was told when to come back (a 429 with Retry-After, a closed business day).</summary>
public sealed class RetryWorkLaterException(TimeSpan after, string reason) : Exception(reason)
{
    public TimeSpan After { get; } = after;
}
