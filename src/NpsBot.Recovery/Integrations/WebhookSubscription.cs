namespace NpsBot.Recovery.Integrations;

/// <summary>A webhook subscription as listed (the secret is shown once, when it is added).</summary>
public sealed record WebhookSubscription(long Id, Uri Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, bool Active);
