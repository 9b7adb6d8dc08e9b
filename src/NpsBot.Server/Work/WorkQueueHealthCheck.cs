using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using NpsBot.Conversations.Work;
using NpsBot.Storage.Work;

namespace NpsBot.Server.Work;

/// <summary>
/// Readiness of the work queue: unhealthy when a due job has waited longer than <see cref="WorkQueueOptions.StuckAfter"/>
/// (nothing is running the queue, or every run fails before it records an outcome); degraded, still ready, while dead
/// letters wait for an operator (the <c>dead-letters</c> verb).
/// </summary>
public sealed class WorkQueueHealthCheck(IWorkQueueStatus status, IOptions<WorkQueueOptions> options) : IHealthCheck
{
    public const string Name = "work-queue";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = await status.GetSnapshotAsync(cancellationToken);
        var figures = $"{snapshot.Depth} waiting, oldest {snapshot.OldestDueAge.TotalSeconds:0} s past due, {snapshot.DeadLetters} dead letters.";
        if (snapshot.OldestDueAge > options.Value.StuckAfter)
        {
            return HealthCheckResult.Unhealthy("Stuck: " + figures);
        }

        return snapshot.DeadLetters > 0 ? HealthCheckResult.Degraded(figures) : HealthCheckResult.Healthy(figures);
    }
}
