using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>One conversation in <see cref="InMemoryActivityLog"/>: its activities by watermark and its listeners.</summary>
internal sealed class LogEntry(DirectLineConversation conversation, DateTimeOffset createdAt)
{
    private readonly Lock _lock = new();
    private readonly LinkedList<Activity> _activities = [];
    private readonly List<Action<StreamSignal>> _listeners = [];
    private long _watermark;
    private DateTimeOffset _lastTimestamp = DateTimeOffset.MinValue;

    public DirectLineConversation Conversation { get; } = conversation;

    public DateTimeOffset LastUsed { get; set; } = createdAt;

    public IReadOnlyList<Activity> Append(IReadOnlyList<Activity> activities, DateTimeOffset now, int keep)
    {
        List<Activity> stored;
        long watermark;
        lock (_lock)
        {
            stored = new List<Activity>(activities.Count);
            foreach (var activity in activities)
            {
                // One clock per conversation that never goes back: Web Chat sorts the transcript by timestamp.
                _lastTimestamp = now > _lastTimestamp ? now : _lastTimestamp.AddTicks(TimeSpan.TicksPerMillisecond);
                var numbered = activity with { Id = $"{Conversation.Id}|{++_watermark:D7}", Timestamp = _lastTimestamp };
                _activities.AddLast(numbered);
                stored.Add(numbered);
            }

            while (_activities.Count > keep)
            {
                _activities.RemoveFirst();
            }

            watermark = _watermark;
        }

        Notify(new StreamSignal(null, watermark));
        return stored;
    }

    public ActivitySet Read(long afterWatermark, int max)
    {
        lock (_lock)
        {
            var page = _activities.Where(activity => WatermarkOf(activity) > afterWatermark).Take(max).ToList();
            var next = page.Count > 0 ? WatermarkOf(page[^1]) : Math.Min(Math.Max(afterWatermark, 0), _watermark);
            return new ActivitySet(page, next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    public void Publish(Activity ephemeral)
    {
        long watermark;
        lock (_lock)
        {
            watermark = _watermark;
        }

        Notify(new StreamSignal(ephemeral, watermark));
    }

    public IDisposable Subscribe(Action<StreamSignal> listener)
    {
        lock (_lock)
        {
            _listeners.Add(listener);
        }

        return new Unsubscriber(() =>
        {
            lock (_lock)
            {
                _listeners.Remove(listener);
            }
        });
    }

    public void End() => Notify(StreamSignal.Ended);

    private void Notify(StreamSignal signal)
    {
        Action<StreamSignal>[] listeners;
        lock (_lock)
        {
            listeners = [.. _listeners];
        }

        foreach (var listener in listeners)
        {
            listener(signal);
        }
    }

    private static long WatermarkOf(Activity activity) =>
        long.Parse(activity.Id.AsSpan(activity.Id!.LastIndexOf('|') + 1), System.Globalization.CultureInfo.InvariantCulture);
}
