namespace NpsBot.Conversations.Work;

/// <summary>How the durable work queue is doing, for a readiness check or a dashboard.</summary>
public interface IWorkQueueStatus
{
    /// <summary>Reads the queue's figures now (one small query).</summary>
    Task<WorkQueueSnapshot> GetSnapshotAsync(CancellationToken cancellationToken);
}
