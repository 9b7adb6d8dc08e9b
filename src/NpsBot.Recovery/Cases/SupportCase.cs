namespace NpsBot.Recovery.Cases;

/// <summary>
/// A recovery case: opened for a detractor (or a handoff), with a priority, SLA deadlines from the business-hours
/// clock, the playbook's remedy, and the handoff package. Stored with the turn that opens or updates it (by <see cref="CaseKey"/>).
/// </summary>
public sealed record SupportCase
{
    public required string CaseKey { get; init; }
    public required string ResponseKey { get; init; }
    public required string ConversationKey { get; init; }
    public required string ChannelId { get; init; }
    public string? CustomerId { get; init; }
    public required string Status { get; init; }
    public required int Priority { get; init; }
    public int? Score { get; init; }
    public string? Theme { get; init; }

    /// <summary>Escalation reasons, comma-separated.</summary>
    public string? EscalationReasons { get; init; }
    public string? HandoffReason { get; init; }
    public string? RemediesOffered { get; init; }
    public string? Remedy { get; init; }

    /// <summary>
    /// The handoff package as JSON, without what this case's columns and its response's row hold
    /// (<c>HandoffPackage.Stored</c>; read it with <c>HandoffPackage.Of</c>).
    /// </summary>
    public string? PackageJson { get; init; }
    public string? Assignee { get; init; }
    public required DateTimeOffset OpenedAt { get; init; }
    public required DateTimeOffset FirstContactDue { get; init; }
    public required DateTimeOffset ResolutionDue { get; init; }
    public DateTimeOffset? FirstContactAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; init; }
    public string? RootCause { get; init; }
    public string? ActionTaken { get; init; }
    public bool Overdue { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
