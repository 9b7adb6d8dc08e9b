namespace NpsBot.Recovery.Cases;

/// <summary>The statuses of a case, as stored.</summary>
public static class CaseStatus
{
    public const string Open = "open";
    public const string InProgress = "in_progress";
    public const string WaitingOnCustomer = "waiting_on_customer";
    public const string Resolved = "resolved";
    public const string ClosedUnresolved = "closed_unresolved";

    public static bool IsClosed(string status) => status is Resolved or ClosedUnresolved;
}
