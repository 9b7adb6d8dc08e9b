namespace NpsBot.Conversations.Work;

/// <summary>
/// Runs the jobs of one kind from the durable work queue. Returning means done (the row is removed); throwing means
/// retry with backoff, <see cref="RetryWorkLaterException"/> retries at the time it names, and
/// <see cref="WorkFailedPermanentlyException"/> moves the row to the dead letters at once. A handler may run more
/// than once for the same job (a lease can expire mid-run), so it must be idempotent.
/// </summary>
public interface IWorkHandler
{
    /// <summary>The <see cref="WorkRequest.Kind"/> this handler runs.</summary>
    string Kind { get; }

    Task HandleAsync(WorkItem item, CancellationToken cancellationToken);
}
