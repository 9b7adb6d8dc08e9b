namespace NpsBot.Recovery.Handoff;

/// <summary>The queue of customers waiting for a person (the storage implements it).</summary>
public interface IHandoffWaitingLine
{
    /// <summary>
    /// Open handed-off cases other than <paramref name="caseKey"/> that no person has answered yet and that come first:
    /// a more urgent priority (a lower number), or the same priority and opened earlier; counted up to
    /// <paramref name="countUpTo"/> only (a handoff pays for the places it may tell, not for the whole queue).
    /// </summary>
    Task<int> WaitingAheadAsync(string caseKey, int priority, DateTimeOffset openedAt, int countUpTo, CancellationToken cancellationToken);
}
