using System.Diagnostics;

namespace NpsBot.Conversations.Runner;

/// <summary>The runner's spans: one "npsbot.turn" per turn, when a listener (the host's OpenTelemetry tracing) wants them.</summary>
public static class TurnTracing
{
    public const string SourceName = "NpsBot";

    public static ActivitySource Source { get; } = new(SourceName);
}
