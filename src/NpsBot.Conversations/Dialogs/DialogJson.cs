using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NpsBot.Conversations.Runner;

namespace NpsBot.Conversations.Dialogs;

/// <summary>JSON settings for dialog and conversation state: generated metadata for the state itself, reflection for the records dialogs keep in it.</summary>
public static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ConversationStateJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}
