using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Activities;

/// <summary>Writes <c>timestamp</c> as UTC ISO-8601 with an explicit Z, as the Activity spec asks (A2043); reads any ISO-8601 form.</summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.Parse(reader.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
}
