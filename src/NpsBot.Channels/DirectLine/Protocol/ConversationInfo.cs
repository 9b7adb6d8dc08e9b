using System.Text.Json.Serialization;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Direct Line's Conversation object; note the snake_case <c>expires_in</c> beside camelCase names.</summary>
public sealed record ConversationInfo(
    string ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    string? StreamUrl = null);
