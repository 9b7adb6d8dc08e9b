using NpsBot.Conversations.Runner;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NpsBot.Server.Operations;

/// <summary>
/// OpenTelemetry for the host: ASP.NET Core requests, the "NpsBot" meter (turns, turn latency, model fallbacks) and
/// the work queue's "NpsBot.Work" meter, turn spans; exported to Prometheus (/metrics) and/or OTLP when configured.
/// </summary>
public static class TelemetryRegistration
{
    /// <summary>The work queue's meter (queue depth and age, dead letters), subscribed to by name.</summary>
    public const string WorkMeterName = "NpsBot.Work";

    public static WebApplicationBuilder AddNpsBotTelemetry(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.AddSingleton(options);
        if (!options.Enabled)
        {
            // No exporter, no collection: the turn path stays as fast as without OpenTelemetry.
            return builder;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("npsbot"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddMeter(TurnMetrics.MeterName, WorkMeterName);
                if (options.Prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (options.OtlpEndpoint is { } endpoint)
        {
            // Traces only go somewhere with OTLP, so spans are only started then.
            telemetry.WithMetrics(metrics => metrics.AddOtlpExporter(otlp => otlp.Endpoint = endpoint))
                .WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(TurnTracing.SourceName).AddOtlpExporter(otlp => otlp.Endpoint = endpoint));
        }

        return builder;
    }

    /// <summary>GET /metrics when Telemetry:Prometheus is on.</summary>
    public static IEndpointRouteBuilder MapNpsBotMetrics(this IEndpointRouteBuilder endpoints)
    {
        if (endpoints.ServiceProvider.GetRequiredService<TelemetryOptions>().Prometheus)
        {
            endpoints.MapPrometheusScrapingEndpoint("/metrics");
        }

        return endpoints;
    }
}
