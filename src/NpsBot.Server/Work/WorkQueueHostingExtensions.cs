using NpsBot.Server.Operations;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Work;

/// <summary>Runs the durable work queue in the server: options (section <c>WorkQueue</c>), metrics, the runner and its readiness check.</summary>
public static class WorkQueueHostingExtensions
{
    public static WebApplicationBuilder AddWorkQueue(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<WorkQueueMetrics>();
        builder.Services.AddHostedService<WorkQueueRunner>();
        builder.Services.AddHealthChecks().AddCheck<WorkQueueHealthCheck>(WorkQueueHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
        return builder;
    }
}
