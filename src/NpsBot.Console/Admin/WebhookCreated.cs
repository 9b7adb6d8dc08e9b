namespace NpsBot.Console.Admin;

/// <summary>The answer to a new subscription: its secret (shown this once) or why it was refused.</summary>
public sealed record WebhookCreated(bool Succeeded, long? Id = null, string? Secret = null, string? Error = null);
