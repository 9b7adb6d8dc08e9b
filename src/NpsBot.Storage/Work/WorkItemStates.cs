namespace NpsBot.Storage.Work;

/// <summary>The values of <c>work_items.state</c>. A job in progress is pending with a lease; a finished job is deleted.</summary>
public static class WorkItemStates
{
    /// <summary>Waiting for its due time, or claimed and running (see the lease columns).</summary>
    public const string Pending = "pending";

    /// <summary>A dead letter: it will not run again unless re-queued (the <c>dead-letters --retry</c> verb).</summary>
    public const string Dead = "dead";
}
