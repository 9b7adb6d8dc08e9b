using System.Text.Json;
using System.Text.Json.Nodes;

namespace NpsBot.Conversations.Dialogs;

/// <summary>A small JSON bag of values kept in dialog state; values are read back as typed records, never cast.</summary>
public sealed class DialogValues(JsonObject values)
{
    public bool Contains(string key) => values.ContainsKey(key);

    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, or default when absent.</summary>
    public T? Get<T>(string key) =>
        values.TryGetPropertyValue(key, out var node) && node is not null ? node.Deserialize<T>(DialogJson.Options) : default;

    public void Set<T>(string key, T value) => values[key] = JsonSerializer.SerializeToNode(value, DialogJson.Options);

    public void Remove(string key) => values.Remove(key);
}
