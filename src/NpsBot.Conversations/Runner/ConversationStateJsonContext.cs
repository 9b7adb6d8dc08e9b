using System.Text.Json;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Runner;

/// <summary>Source-generated JSON metadata for the state loaded and saved on every turn.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ConversationState))]
public sealed partial class ConversationStateJsonContext : JsonSerializerContext;
