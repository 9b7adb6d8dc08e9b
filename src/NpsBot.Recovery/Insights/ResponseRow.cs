namespace NpsBot.Recovery.Insights;

/// <summary>
/// One conversation's response with its case, as the list, the REST API and the exports give it. Text is the
/// redacted text the database holds; no customer name. Re-survey score: the case's follow-up score.
/// </summary>
public sealed record ResponseRow
{
    public long Id { get; init; }

    public string? ResponseKey { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    public string ChannelId { get; init; } = "";

    public string? Locale { get; init; }

    public int? Score { get; init; }

    /// <summary>promoter, passive or detractor.</summary>
    public string? Category { get; init; }

    public string? Reason { get; init; }

    public string? FollowUpQuestion { get; init; }

    public string? FollowUpAnswer { get; init; }

    /// <summary>The company event a proactive invite followed (its event id); null when the customer started the survey.</summary>
    public string? EventId { get; init; }

    public string? Theme { get; init; }

    /// <summary>customer-confirmed (the customer said yes to it), model (the classifier's guess) or manager-corrected (relabelled).</summary>
    public string? ThemeSource { get; init; }

    public double? ThemeConfidence { get; init; }

    public bool? WantsContact { get; init; }

    public string Outcome { get; init; } = "";

    public string? CaseKey { get; init; }

    public string? CaseStatus { get; init; }

    public string? Remedy { get; init; }

    public string? Agent { get; init; }

    public DateTimeOffset? FirstContactDue { get; init; }

    public DateTimeOffset? FirstContactAt { get; init; }

    public bool? FirstContactWithinSla { get; init; }

    public DateTimeOffset? ResolutionDue { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    public bool? ResolvedWithinSla { get; init; }

    public int? ResurveyScore { get; init; }
}
