using Microsoft.Extensions.Options;

namespace NpsBot.Channels.DirectLine.Limits;

/// <summary>The WebSockets open per conversation on this server instance, at most <see cref="DirectLineOptions.MaxSocketsPerConversation"/>.</summary>
public sealed class SocketCounter(IOptions<DirectLineOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>A slot for one more socket of the conversation (dispose when it closes), or null when all are taken.</summary>
    public IDisposable? TryOpen(string conversationId)
    {
        lock (_lock)
        {
            var open = _open.GetValueOrDefault(conversationId);
            if (open >= options.Value.MaxSocketsPerConversation)
            {
                return null;
            }

            _open[conversationId] = open + 1;
        }

        return new Log.Unsubscriber(() => Close(conversationId));
    }

    /// <summary>How many sockets the conversation holds open here.</summary>
    public int OpenCount(string conversationId)
    {
        lock (_lock)
        {
            return _open.GetValueOrDefault(conversationId);
        }
    }

    private void Close(string conversationId)
    {
        lock (_lock)
        {
            if (_open.GetValueOrDefault(conversationId) <= 1)
            {
                _open.Remove(conversationId);
            }
            else
            {
                _open[conversationId]--;
            }
        }
    }
}
