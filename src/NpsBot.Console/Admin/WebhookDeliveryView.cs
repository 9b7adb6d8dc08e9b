namespace NpsBot.Console.Admin;

/// <summary>One delivery attempt: the event, when, the receiver's status (or the error) and what became of it (delivered, retrying, failed).</summary>
public sealed record WebhookDeliveryView(string EventId, string EventType, DateTimeOffset At, int Attempt, int? StatusCode, string Outcome, string? Error);
