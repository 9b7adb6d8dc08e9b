namespace NpsBot.Server.Operations;

/// <summary>The "Telemetry" section: where OpenTelemetry metrics and traces go. Nothing configured = nothing collected.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>Serve metrics in the Prometheus text format at /metrics (same port as the chat: restrict it at the proxy).</summary>
    public bool Prometheus { get; set; }

    /// <summary>An OTLP collector (http://collector:4317) for metrics and traces; empty = no OTLP export.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>True when some exporter is configured.</summary>
    public bool Enabled => Prometheus || OtlpEndpoint is not null;
}
