using System.Text.Json;
using System.Text.Json.Nodes;

namespace NpsBot.Conversations.Dialogs;

/// <summary>One running dialog on the stack: its id and its own state, stored as JSON and read back as a typed record.</summary>
public sealed class DialogInstance
{
    public required string Id { get; set; }

    public JsonObject State { get; set; } = [];

    /// <summary>Reads the value stored under <paramref name="key"/> as <typeparamref name="T"/>, or default.</summary>
    public T? Get<T>(string key) =>
        State.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(DialogJson.Options) : default;

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>.</summary>
    public void Set<T>(string key, T value) => State[key] = JsonSerializer.SerializeToNode(value, DialogJson.Options);
}
