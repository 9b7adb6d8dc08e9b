using System.Text.Encodings.Web;
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

        // The state holds parts of an inbound activity (the conversation reference's accounts, with their unknown
        // fields) a few levels below its root; an activity may be nested up to the readers' 64 levels.
        MaxDepth = 128,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(ConversationStateJsonContext.Default, new DefaultJsonTypeInfoResolver()),

        // Text as it is, not escaped for HTML (issue 13): the default writes an apostrophe as \u0027 and every letter
        // outside ASCII (é, ü, ã, the Japanese survey) as six bytes, in a state read and rewritten at every turn. The
        // state is stored and read back by this server only, never put in a page; quotes, backslashes and control
        // characters are still escaped, so it stays valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,

        // A prompt's buttons kept by their titles (see the converter).
        Converters = { new StateCardActionConverter() },
    };
}
