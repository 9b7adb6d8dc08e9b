using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Entities;

/// <summary>A stored recovery case (<c>SupportCase</c>).</summary>
public sealed class CaseRecord
{
    public long Id { get; set; }
    public required string CaseKey { get; set; }
    public required string ResponseKey { get; set; }
    public required string ConversationKey { get; set; }
    public required string ChannelId { get; set; }
    public string? CustomerId { get; set; }
    public required string Status { get; set; }
    public int Priority { get; set; }
    public int? Score { get; set; }
    public string? Theme { get; set; }
    public string? EscalationReasons { get; set; }
    public string? HandoffReason { get; set; }
    public string? RemediesOffered { get; set; }
    public string? Remedy { get; set; }
    public string? PackageJson { get; set; }
    public string? Assignee { get; set; }
    public DateTime OpenedAt { get; set; }
    public DateTime FirstContactDue { get; set; }
    public DateTime ResolutionDue { get; set; }
    public DateTime? FirstContactAt { get; set; }
    public DateTime? ResolvedAt { get; set; }
    public string? RootCause { get; set; }
    public string? ActionTaken { get; set; }
    public bool Overdue { get; set; }
    public DateTime UpdatedAt { get; set; }

    // The agent desk (issue 9): who holds the case by name, the SLA figures stored when it closes, who helped and the
    // customer's rating of that help, and the follow-up survey that closes the loop.
    public string? AssigneeName { get; set; }
    public double? FirstContactSeconds { get; set; }
    public double? BusinessFirstContactSeconds { get; set; }
    public double? ResolutionSeconds { get; set; }
    public double? BusinessResolutionSeconds { get; set; }
    public string? HelpedById { get; set; }
    public string? HelpedByName { get; set; }
    public int? HelpRating { get; set; }
    public string? HelpRatingAgentId { get; set; }
    public string? HelpRatingAgentName { get; set; }
    public DateTime? HelpRatedAt { get; set; }
    public DateTime? FollowUpDueAt { get; set; }
    public string? FollowUpResponseKey { get; set; }
    public int? FollowUpScore { get; set; }
    public DateTime? FollowUpAt { get; set; }

    // The dashboard's case facts (issue 10): the case's response as the filters see it (when its survey started, its
    // channel, locale, theme, category, score and outcome; null while no response has the case's key) and the seconds from opened
    // to first contact, and its steps (Insights/CaseFacts/CaseSteps: contacted, within SLA, resolved...). Set by triggers (Insights/CaseFacts/CaseFactTriggers), never written by the application, so
    // the funnel, SLA and agent figures filter the cases alone instead of joining a million responses.
    public DateTime? ResponseStartedAt { get; set; }
    public string? ResponseChannelId { get; set; }
    public string? ResponseLocale { get; set; }
    public string? ResponseTheme { get; set; }
    public NpsCategory? ResponseCategory { get; set; }
    public int? ResponseScore { get; set; }
    public string? ResponseOutcome { get; set; }
    public double? SecondsToFirstContact { get; set; }
    public int CaseSteps { get; set; }
}
