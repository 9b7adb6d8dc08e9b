namespace NpsBot.Server.Webhooks;

/// <summary>A webhook target the SSRF guard refuses at delivery (<see cref="WebhookTargetGuard"/>): a dead letter at once.</summary>
public sealed class WebhookTargetRefusedException(string message) : Exception(message);
