using System.Text.Json;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Activities;

/// <summary>
/// Source-generated JSON metadata for activities: every turn reads one and writes several, so no reflection on that path.
/// 128 levels, as <see cref="ActivityJson.Options"/>: what is written holds a body's parts deeper than the body had them.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, MaxDepth = ActivityJson.MaxDepth)]
[JsonSerializable(typeof(Activity))]
[JsonSerializable(typeof(List<Activity>))]
[JsonSerializable(typeof(IReadOnlyList<Activity>))]
public sealed partial class ActivityJsonContext : JsonSerializerContext;
