namespace NpsBot.Console.Admin;

/// <summary>A subscription as the admin page lists it (never its secret), with its newest deliveries first.</summary>
public sealed record WebhookView(
    long Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, bool Active, IReadOnlyList<WebhookDeliveryView> LastDeliveries);
