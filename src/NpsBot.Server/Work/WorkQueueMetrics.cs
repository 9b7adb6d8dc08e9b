using System.Diagnostics.Metrics;
using NpsBot.Conversations.Work;

namespace NpsBot.Server.Work;

/// <summary>
/// The work queue's instruments, in the Meter <c>NpsBot.Work</c>: runs by kind and outcome, dead letters by kind, and
/// the queue's depth, oldest due age and dead-letter count (from the snapshot the runner refreshes as it polls).
/// </summary>
public sealed class WorkQueueMetrics
{
    public const string MeterName = "NpsBot.Work";

    private readonly Counter<long> _runs;
    private readonly Counter<long> _deadLetters;
    private WorkQueueSnapshot _snapshot = new(0, TimeSpan.Zero, 0);

    public WorkQueueMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        _runs = meter.CreateCounter<long>("npsbot.work.runs", "{run}", "Jobs run, by kind and outcome (done, retry, dead, released).");
        _deadLetters = meter.CreateCounter<long>("npsbot.work.dead_letters", "{job}", "Jobs moved to the dead letters, by kind.");
        meter.CreateObservableGauge("npsbot.work.queue.depth", () => _snapshot.Depth, "{job}", "Jobs waiting or running.");
        meter.CreateObservableGauge(
            "npsbot.work.queue.oldest_due_age", () => _snapshot.OldestDueAge.TotalSeconds, "s", "How long the oldest due job has waited.");
        meter.CreateObservableGauge("npsbot.work.queue.dead", () => _snapshot.DeadLetters, "{job}", "Dead letters waiting for an operator.");
    }

    /// <summary>The figures the gauges report until the next refresh.</summary>
    public WorkQueueSnapshot Snapshot
    {
        get => Volatile.Read(ref _snapshot);
        set => Volatile.Write(ref _snapshot, value);
    }

    public void Ran(string kind, string outcome) =>
        _runs.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("outcome", outcome));

    public void DeadLettered(string kind) => _deadLetters.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
