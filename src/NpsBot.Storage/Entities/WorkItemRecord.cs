namespace NpsBot.Storage.Entities;

/// <summary>
/// One job of the durable work queue (table <c>work_items</c>): written in the transaction of the turn (or other
/// change) that asks for it, claimed by one server instance at a time through a lease, removed when done, kept as a
/// dead letter with its reason when it cannot succeed.
/// </summary>
public sealed class WorkItemRecord
{
    public long Id { get; set; }

    /// <summary>Which handler runs it, e.g. <c>reply.deliver</c>.</summary>
    public required string Kind { get; set; }

    /// <summary>The handler's input as JSON.</summary>
    public required string Payload { get; set; }

    /// <summary>Jobs with the same key run one after another in id order; null runs in parallel with anything.</summary>
    public string? OrderKey { get; set; }

    /// <summary>The earliest time (UTC) the job may run; moved forward by each retry.</summary>
    public DateTime DueAt { get; set; }

    /// <summary>How many times it was claimed to run.</summary>
    public int Attempts { get; set; }

    /// <summary>Why the last attempt failed (or why it is dead).</summary>
    public string? LastError { get; set; }

    /// <summary><see cref="Work.WorkItemStates.Pending"/> or <see cref="Work.WorkItemStates.Dead"/>.</summary>
    public required string State { get; set; }

    /// <summary>The instance that claimed it, while its lease runs.</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when (UTC) the claim holds; after that another instance may claim the job again.</summary>
    public DateTime? LeaseUntil { get; set; }

    public DateTime CreatedAt { get; set; }
}
