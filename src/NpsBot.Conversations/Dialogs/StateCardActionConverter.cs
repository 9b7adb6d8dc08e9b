using System.Text.Json;
using System.Text.Json.Serialization;
using NpsBot.Conversations.Activities;

namespace NpsBot.Conversations.Dialogs;

/// <summary>
/// A button kept in dialog state (a prompt's question and retry, until the customer answers) as its title alone when it
/// is an imBack whose value is its title, the kind every survey prompt shows: <c>"7"</c> instead of
/// <c>{"type":"imBack","title":"7","value":"7"}</c> (issue 13). The score prompt's eleven buttons, twice, were about
/// 900 of the 2,200 bytes of a survey's state, read, rewritten and committed at every turn while it waited for a score.
/// Any other button is kept whole, as activities are written; a state saved whole before this reads as it did. Only
/// state uses it (<see cref="DialogJson.Options"/>): replies on the wire keep the Bot Framework's shape.
/// </summary>
internal sealed class StateCardActionConverter : JsonConverter<CardAction>
{
    public override CardAction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? CardAction.ImBack(reader.GetString()!)
            : JsonSerializer.Deserialize(ref reader, ActivityJsonContext.Default.CardAction)
                ?? throw new JsonException("A button is a JSON object or its title.");

    public override void Write(Utf8JsonWriter writer, CardAction value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        if (IsTitledImBack(value))
        {
            writer.WriteStringValue(value.Title);
            return;
        }

        JsonSerializer.Serialize(writer, value, ActivityJsonContext.Default.CardAction);
    }

    private static bool IsTitledImBack(CardAction action) =>
        action is { Type: ActionTypes.ImBack, Title: { } title, Value: { ValueKind: JsonValueKind.String } value, Text: null, DisplayText: null, Image: null, ImageAltText: null, ChannelData: null }
        && value.ValueEquals(title);
}
