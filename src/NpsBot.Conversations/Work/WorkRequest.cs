namespace NpsBot.Conversations.Work;

/// <summary>
/// A job for the durable work queue (reply delivery, SLA flags, abandoned responses, follow-ups, webhooks), committed
/// in the same transaction as the turn that asks for it, so nothing a turn sets in motion is lost.
/// </summary>
/// <param name="Kind">Which handler runs it, e.g. "reply.deliver" or "response.abandon".</param>
/// <param name="Payload">The handler's input as JSON; never raw customer text (redact or encrypt it first).</param>
/// <param name="DueAt">The earliest time it may run.</param>
public sealed record WorkRequest(string Kind, string Payload, DateTimeOffset DueAt)
{
    /// <summary>Jobs with the same order key run one after another, in the order they were queued (e.g. a conversation's replies).</summary>
    public string? OrderKey { get; init; }
}
