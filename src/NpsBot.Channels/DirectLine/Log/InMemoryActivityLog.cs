using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>The activity log in process memory; <see cref="RemoveIdle"/> (run by <see cref="ActivityLogSweeper"/>) keeps memory flat.</summary>
public sealed class InMemoryActivityLog(IOptions<DirectLineOptions> options, TimeProvider clock) : IDirectLineActivityLog
{
    private readonly ConcurrentDictionary<string, LogEntry> _conversations = new(StringComparer.Ordinal);

    public int Count => _conversations.Count;

    public ValueTask<bool> TryCreateAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_conversations.TryAdd(conversation.Id, new LogEntry(conversation, clock.GetUtcNow())));

    public ValueTask<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Touch(conversationId)?.Conversation);

    public ValueTask<IReadOnlyList<Activity>?> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Touch(conversationId)?.Append(activities, clock.GetUtcNow(), options.Value.MaxActivitiesPerConversation));

    public ValueTask<ActivitySet?> ReadAsync(string conversationId, long afterWatermark, int max, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Touch(conversationId)?.Read(afterWatermark, max));

    public void Publish(string conversationId, Activity ephemeral) => Touch(conversationId)?.Publish(ephemeral);

    public IDisposable Subscribe(string conversationId, Action<StreamSignal> listener)
    {
        if (!_conversations.TryGetValue(conversationId, out var entry))
        {
            listener(StreamSignal.Ended);
            return new Unsubscriber(() => { });
        }

        return entry.Subscribe(listener);
    }

    /// <summary>Drops conversations nobody touched for <see cref="DirectLineOptions.ConversationIdleExpiry"/> and tells their listeners.</summary>
    public int RemoveIdle()
    {
        var cutoff = clock.GetUtcNow() - options.Value.ConversationIdleExpiry;
        var removed = 0;
        foreach (var (id, entry) in _conversations)
        {
            if (entry.LastUsed < cutoff && _conversations.TryRemove(id, out _))
            {
                entry.End();
                removed++;
            }
        }

        return removed;
    }

    private LogEntry? Touch(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var entry))
        {
            return null;
        }

        entry.LastUsed = clock.GetUtcNow();
        return entry;
    }
}
