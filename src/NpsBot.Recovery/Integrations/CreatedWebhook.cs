namespace NpsBot.Recovery.Integrations;

/// <summary>A new subscription and its signing secret (the only time the secret is shown).</summary>
public sealed record CreatedWebhook(WebhookSubscription Subscription, string Secret);
