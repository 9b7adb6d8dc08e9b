using System.Text.Json;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Dialogs;

/// <summary>JSON settings for dialog and conversation state.</summary>
public static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
