namespace NpsBot.Recovery.Insights;

/// <summary>A recovery case as the REST API lists it (no handoff package, no customer text).</summary>
public sealed record CaseRow(
    long Id,
    string CaseKey,
    string ResponseKey,
    string ChannelId,
    string Status,
    int Priority,
    int? Score,
    string? Theme,
    string? Remedy,
    string? Agent,
    DateTimeOffset OpenedAt,
    DateTimeOffset FirstContactDue,
    DateTimeOffset ResolutionDue,
    DateTimeOffset? FirstContactAt,
    DateTimeOffset? ResolvedAt,
    bool Overdue);
