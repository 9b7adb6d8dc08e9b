using System.Text.Json;
using System.Text.Json.Nodes;

namespace NpsBot.Conversations.Dialogs;

/// <summary>
/// One running dialog on the stack: its id and its own state, stored as JSON and read back as typed records.
/// Values read or written during a turn are kept typed and written to JSON once, when the state is saved, so a turn
/// that reads and writes the same value several times converts it once.
/// </summary>
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
