using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NpsBot.Conversations.Activities;

/// <summary>The one JSON setting for activities: camelCase out, any casing in, nulls left out.</summary>
public static class ActivityJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

            // Activities from the generated context; anything else (a response envelope) by reflection.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ActivityJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize<Activity>(json, Options);
}
