using System.Diagnostics.Metrics;

namespace NpsBot.Language.Kernel;

/// <summary>How often the offline model answered for the language model, by reason, on the "NpsBot" meter.</summary>
public static class ModelFallbackMetrics
{
    public const string MeterName = "NpsBot";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Fallbacks = Meter.CreateCounter<long>(
        "npsbot.model.fallbacks", unit: "{fallback}", description: "Theme classifications the offline model answered because the language model did not.");

    /// <summary>Counts one fallback; <paramref name="reason"/> is "invalid_answer", "timeout" or "error".</summary>
    public static void Record(string reason) => Fallbacks.Add(1, new KeyValuePair<string, object?>("npsbot.reason", reason));
}
