namespace NpsBot.Server.Webhooks;

/// <summary>The payload of a "webhook.deliver" job: which subscription gets which event (the body as it will be sent).</summary>
public sealed record WebhookDelivery(long SubscriptionId, string EventId, string EventType, string Body);
