using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Dialogs;

/// <summary>
/// A <see cref="DialogInstance"/> as JSON, <c>{"id": …, "state": {…}}</c>, the shape saved states have always had. Written
/// by hand so that the values a turn set are serialized once, into the saved JSON, instead of into a JSON tree that is
/// then written out (that copy, for the survey's whole inner dialog stack at every turn, cost about 2.5 % of the
/// server's CPU in issue 13's profile). Read as the serializer would: the state as a <see cref="JsonObject"/>.
/// </summary>
internal sealed class DialogInstanceConverter : JsonConverter<DialogInstance>
{
    private const string IdName = "id";
    private const string StateName = "state";

    public override DialogInstance Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A dialog instance is a JSON object.");
        }

        string? id = null;
        JsonObject? state = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (string.Equals(name, IdName, StringComparison.OrdinalIgnoreCase))
            {
                id = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
            }
            else if (string.Equals(name, StateName, StringComparison.OrdinalIgnoreCase))
            {
                state = reader.TokenType == JsonTokenType.Null ? null : JsonSerializer.Deserialize<JsonObject>(ref reader, DialogJson.Options);
            }
            else
            {
                reader.Skip();
            }
        }

        return new DialogInstance { Id = id ?? throw new JsonException("A dialog instance has no id."), State = state ?? [] };
    }

    public override void Write(Utf8JsonWriter writer, DialogInstance value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString(IdName, value.Id);
        writer.WritePropertyName(StateName);
        value.WriteState(writer);
        writer.WriteEndObject();
    }
}
