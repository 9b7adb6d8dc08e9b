using System.Text.Json;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Activities;

/// <summary>One Bot Framework Activity, as it travels on the wire (camelCase JSON, nulls left out, unknown fields kept).</summary>
public sealed record Activity
{
    public required string Type { get; init; }
    public string? Id { get; init; }
    [JsonConverter(typeof(UtcTimestampConverter))]
    public DateTimeOffset? Timestamp { get; init; }
    public DateTimeOffset? LocalTimestamp { get; init; }
    public string? LocalTimezone { get; init; }
    public string? ServiceUrl { get; init; }
    public string? ChannelId { get; init; }
    public ChannelAccount? From { get; init; }
    public ConversationAccount? Conversation { get; init; }
    public ChannelAccount? Recipient { get; init; }
    public string? TextFormat { get; init; }
    public string? AttachmentLayout { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }
    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
    public string? Locale { get; init; }
    public string? Text { get; init; }
    public string? Speak { get; init; }
    public string? InputHint { get; init; }
    public string? Summary { get; init; }
    public SuggestedActions? SuggestedActions { get; init; }
    public IReadOnlyList<Attachment>? Attachments { get; init; }
    public IReadOnlyList<JsonElement>? Entities { get; init; }
    public JsonElement? ChannelData { get; init; }
    public string? Action { get; init; }
    public string? ReplyToId { get; init; }
    public string? Label { get; init; }
    public string? ValueType { get; init; }
    public JsonElement? Value { get; init; }
    public string? Name { get; init; }
    public ConversationReference? RelatesTo { get; init; }
    public string? Code { get; init; }
    public string? DeliveryMode { get; init; }
    public DateTimeOffset? Expiration { get; init; }
    public string? Importance { get; init; }

    /// <summary>Fields this schema does not name, kept so they go back out untouched (spec A2005).</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>True for an activity a user typed or clicked (a message with text or a value).</summary>
    [JsonIgnore]
    public bool IsMessage => Type == ActivityTypes.Message;

    /// <summary>A reply addressed back to the sender of this activity, as the Bot Framework SDK builds one.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient is null ? null : Recipient with { Role = RoleTypes.Bot },
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
        Text = text,
    };
}
