using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace NpsBot.Conversations.Dialogs;

/// <summary>
/// One running dialog on the stack: its id and its own state, stored as JSON and read back as typed records.
/// Values read or written during a turn are kept typed and written to JSON once, when the state is saved, so a turn
/// that reads and writes the same value several times converts it once.
/// Saved by <see cref="DialogInstanceConverter"/>: the values set during the turn go straight into the saved JSON.
/// </summary>
[JsonConverter(typeof(DialogInstanceConverter))]
public sealed class DialogInstance
{
    private JsonObject _state = [];
    private Dictionary<string, object?>? _typed;
    private HashSet<string>? _changed;

    public required string Id { get; set; }

    public JsonObject State
    {
        get
        {
            Flush();
            return _state;
        }

        set
        {
            _state = value;
            _typed = null;
            _changed = null;
        }
    }

    /// <summary>Reads the value stored under <paramref name="key"/> as <typeparamref name="T"/>, or default.</summary>
    public T? Get<T>(string key)
    {
        if (_typed is not null && _typed.TryGetValue(key, out var known) && known is T typed)
        {
            return typed;
        }

        var value = _state.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(DialogJson.Options) : default;
        (_typed ??= [])[key] = value;
        return value;
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Set<T>(string key, T value)
    {
        (_typed ??= [])[key] = value;
        (_changed ??= []).Add(key);
    }

    /// <summary>
    /// Writes the state as a JSON object: the stored values as they are, the values set during the turn serialized
    /// straight from their records (not first into the JSON tree, which <see cref="State"/> would do).
    /// </summary>
    /// <remarks>
    /// The records are written with <see cref="DialogJson.Options"/>, as <see cref="State"/> would: the generated
    /// state serializer hands a converter its own options, which know the state's types but not the dialogs' records.
    /// </remarks>
    internal void WriteState(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var (key, node) in _state)
        {
            if (_changed?.Contains(key) == true)
            {
                continue;
            }

            writer.WritePropertyName(key);
            WriteNode(writer, node);
        }

        foreach (var key in _changed ?? [])
        {
            writer.WritePropertyName(key);
            var value = _typed![key];
            if (value is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                JsonSerializer.Serialize(writer, value, value.GetType(), DialogJson.Options);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, JsonNode? node)
    {
        if (node is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            node.WriteTo(writer, DialogJson.Options);
        }
    }

    private void Flush()
    {
        if (_changed is not { Count: > 0 })
        {
            return;
        }

        foreach (var key in _changed)
        {
            var value = _typed![key];
            _state[key] = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), DialogJson.Options);
        }

        _changed.Clear();
    }
}
