using System.ComponentModel.DataAnnotations;

namespace NpsBot.Storage.Work;

/// <summary>How the durable work queue claims, retries and stops (configuration section <c>WorkQueue</c>).</summary>
public sealed class WorkQueueOptions
{
    public const string SectionName = "WorkQueue";

    /// <summary>How often the runner looks for due jobs when no commit woke it.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a claim holds; a job still running after it may be claimed by another instance.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Runs of one job before it becomes a dead letter.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further one (with jitter).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait between two attempts.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Jobs one instance runs at the same time.</summary>
    [Range(1, 1024)]
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>How long a graceful stop waits for running jobs before it cancels them (their leases are released).</summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Readiness fails when a due job has waited longer than this past its due time: the queue is stuck.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>This instance's name in <c>lease_owner</c>; default: host name, process id and a random suffix.</summary>
    public string? InstanceId { get; set; }
}
