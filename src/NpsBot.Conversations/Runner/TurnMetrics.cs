using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace NpsBot.Conversations.Runner;

/// <summary>
/// The runner's instruments on the "NpsBot" meter: how many turns ran and how long each took (load, dialogs, commit).
/// The host exports them (OpenTelemetry, optional Prometheus); this library only records.
/// </summary>
public static class TurnMetrics
{
    public const string MeterName = "NpsBot";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Turns = Meter.CreateCounter<long>(
        "npsbot.turns", unit: "{turn}", description: "Turns taken by the conversation runner, duplicates (answered from the stored replies) included.");

    private static readonly Histogram<double> Duration = Meter.CreateHistogram<double>(
        "npsbot.turn.duration", unit: "s", description: "Time from receiving an activity to its committed replies.");

    /// <summary>Records one turn of <paramref name="keySpace"/>; <paramref name="outcome"/> is "new", "duplicate" or "failed".</summary>
    public static void Record(string keySpace, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "npsbot.key_space", keySpace }, { "npsbot.outcome", outcome } };
        Turns.Add(1, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
