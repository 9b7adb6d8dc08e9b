using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace NpsBot.Conversations.Activities;

/// <summary>
/// The JSON setting for activities: camelCase out, any casing in, nulls left out. Two depths: a body a channel sends is
/// read <see cref="InboundMaxDepth"/> levels deep at most (<see cref="Inbound"/>, a 400 beyond); everything the server
/// writes or reads back of its own (replies, the replay cache, Direct Line's sets, sealed payloads) goes to
/// <see cref="MaxDepth"/>, since it holds a body's parts deeper than the body did: a reply's <c>from</c> is the
/// inbound's <c>recipient</c>, one level down in a list of replies and two in an envelope (a 500 before, found by the
/// property test on 5 December).
/// </summary>
public static class ActivityJson
{
    /// <summary>How deep a channel's body may nest (System.Text.Json's default).</summary>
    public const int InboundMaxDepth = 64;

    /// <summary>How deep what the server writes may nest: an inbound's parts, wrapped in lists and envelopes.</summary>
    public const int MaxDepth = 128;

    public static JsonSerializerOptions Options { get; } = Create(MaxDepth);

    /// <summary>For a body a channel sends (<see cref="ActivityReader"/>, Direct Line's posts).</summary>
    public static JsonSerializerOptions Inbound { get; } = Create(InboundMaxDepth);

    private static JsonSerializerOptions Create(int maxDepth)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            MaxDepth = maxDepth,

            // Activities from the generated context; anything else (a response envelope) by reflection.
            TypeInfoResolver = JsonTypeInfoResolver.Combine(ActivityJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    public static string Serialize(Activity activity) => JsonSerializer.Serialize(activity, Options);

    public static Activity? Deserialize(string json) => JsonSerializer.Deserialize<Activity>(json, Options);
}
