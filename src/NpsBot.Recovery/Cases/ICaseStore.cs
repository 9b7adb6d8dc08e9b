namespace NpsBot.Recovery.Cases;

/// <summary>Changes to stored cases made outside a turn (jobs, the agent console); the storage implements it.</summary>
public interface ICaseStore
{
    /// <summary>
    /// Flags the case overdue, with a <see cref="CaseEventKinds.SlaBreached"/> event, if the clock named by
    /// <paramref name="clock"/> ran out: no first contact yet, or not closed yet. Returns whether it flagged.
    /// </summary>
    Task<bool> FlagOverdueAsync(string caseKey, string clock, DateTimeOffset at, CancellationToken cancellationToken);
}
