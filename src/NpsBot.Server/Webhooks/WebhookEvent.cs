using System.Text.Json;

namespace NpsBot.Server.Webhooks;

/// <summary>
/// One event as it is sent: its id (the same on every retry and every repeat of the same fact, so a receiver can
/// drop duplicates), its type, when it happened and its data (redacted text only).
/// </summary>
public sealed record WebhookEvent(string Id, string Type, DateTimeOffset OccurredAt, JsonElement Data)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static WebhookEvent Of<T>(string id, string type, DateTimeOffset occurredAt, T data) =>
        new(id, type, occurredAt, JsonSerializer.SerializeToElement(data, Json));

    /// <summary>The request body: this event as JSON.</summary>
    public string ToBody() => JsonSerializer.Serialize(this, Json);
}
