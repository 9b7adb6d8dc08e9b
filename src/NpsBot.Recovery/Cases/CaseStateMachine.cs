namespace NpsBot.Recovery.Cases;

/// <summary>
/// Which status may follow which: open → in progress → waiting on customer ⇄ in progress → resolved or closed
/// unresolved; a closed case can be reopened (in progress); an open case can be closed unresolved (no one reached).
/// </summary>
public static class CaseStateMachine
{
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        [CaseStatus.Open] = [CaseStatus.InProgress, CaseStatus.ClosedUnresolved],
        [CaseStatus.InProgress] = [CaseStatus.WaitingOnCustomer, CaseStatus.Resolved, CaseStatus.ClosedUnresolved],
        [CaseStatus.WaitingOnCustomer] = [CaseStatus.InProgress, CaseStatus.Resolved, CaseStatus.ClosedUnresolved],
        [CaseStatus.Resolved] = [CaseStatus.InProgress],
        [CaseStatus.ClosedUnresolved] = [CaseStatus.InProgress],
    };

    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);
}
