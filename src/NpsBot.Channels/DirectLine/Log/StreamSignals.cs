namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// The WebSocket streams listening in this process, by conversation, and the last watermark each conversation was known
/// to have here. A local append signals at once; <see cref="StreamSignalPoller"/> signals appends made by other server
/// instances, found by reading the database.
/// </summary>
public sealed class StreamSignals
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<Action<StreamSignal>>> _listeners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _known = new(StringComparer.Ordinal);

    /// <summary>
    /// Told of every append made by this process, to pass on to the other server instances (set by the host when they
    /// share a message bus, Redis); null on a single instance, where nothing is passed on.
    /// </summary>
    public Action<string, long>? Broadcast { get; set; }

    /// <summary>This process appended up to <paramref name="watermark"/>: wakes its own listeners and tells the other instances.</summary>
    public void AppendedHere(string conversationId, long watermark)
    {
        Broadcast?.Invoke(conversationId, watermark);
        Appended(conversationId, watermark);
    }

    /// <summary>The conversations someone in this process listens to, with the watermark last signalled for each.</summary>
    public IReadOnlyList<(string ConversationId, long Watermark)> Watched()
    {
        lock (_lock)
        {
            return [.. _listeners.Keys.Select(id => (id, _known.GetValueOrDefault(id)))];
        }
    }

    /// <summary>The watermark last signalled for the conversation (0 when none).</summary>
    public long Known(string conversationId)
    {
        lock (_lock)
        {
            return _known.GetValueOrDefault(conversationId);
        }
    }

    public IDisposable Subscribe(string conversationId, Action<StreamSignal> listener)
    {
        lock (_lock)
        {
            if (!_listeners.TryGetValue(conversationId, out var listeners))
            {
                _listeners[conversationId] = listeners = [];
            }

            listeners.Add(listener);
        }

        return new Unsubscriber(() =>
        {
            lock (_lock)
            {
                if (_listeners.TryGetValue(conversationId, out var listeners) && listeners.Remove(listener) && listeners.Count == 0)
                {
                    _listeners.Remove(conversationId);
                    _known.Remove(conversationId);
                }
            }
        });
    }

    /// <summary>New activities up to <paramref name="watermark"/> are in the log; a watermark already signalled is not signalled again.</summary>
    public void Appended(string conversationId, long watermark)
    {
        lock (_lock)
        {
            if (!_listeners.ContainsKey(conversationId) || _known.GetValueOrDefault(conversationId) >= watermark)
            {
                return;
            }

            _known[conversationId] = watermark;
        }

        Notify(conversationId, new StreamSignal(null, watermark));
    }

    /// <summary>Tells the conversation's listeners, in this process, what happened.</summary>
    public void Notify(string conversationId, StreamSignal signal)
    {
        Action<StreamSignal>[] listeners;
        lock (_lock)
        {
            listeners = _listeners.TryGetValue(conversationId, out var found) ? [.. found] : [];
        }

        foreach (var listener in listeners)
        {
            listener(signal);
        }
    }
}
