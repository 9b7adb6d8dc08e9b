using NpsBot.Storage.Work;

namespace NpsBot.Server.Work;

/// <summary>Runs the durable work queue in the server: options (section <c>WorkQueue</c>), metrics and the runner.</summary>
public static class WorkQueueHostingExtensions
{
    public static WebApplicationBuilder AddWorkQueue(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WorkQueueOptions>().BindConfiguration(WorkQueueOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<WorkQueueMetrics>();
        builder.Services.AddHostedService<WorkQueueRunner>();
        return builder;
    }
}
