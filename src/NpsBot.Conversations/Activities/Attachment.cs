using System.Text.Json;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Activities;

/// <summary>A card or file attached to an activity.</summary>
public sealed record Attachment
{
    public string? ContentType { get; init; }
    public string? ContentUrl { get; init; }
    public JsonElement? Content { get; init; }
    public string? Name { get; init; }
    public string? ThumbnailUrl { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }
}
