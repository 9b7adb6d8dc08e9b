using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Entities;

/// <summary>A stored <c>SurveyResponse</c>.</summary>
public sealed class SurveyResponseRecord
{
    public long Id { get; set; }

    /// <summary>One survey across the turns that update it (unique; null only on rows written before it existed).</summary>
    public string? ResponseKey { get; set; }
    public required string ConversationKey { get; set; }
    public required string ChannelId { get; set; }
    public string? CustomerId { get; set; }
    public string? CustomerName { get; set; }
    public string? Locale { get; set; }
    public int? Score { get; set; }
    public NpsCategory? Category { get; set; }
    public string? Reason { get; set; }
    public string? FollowUpQuestion { get; set; }
    public string? FollowUpAnswer { get; set; }
    public bool? WantsContact { get; set; }
    public string? Theme { get; set; }
    public double? ThemeConfidence { get; set; }
    public string? ThemeGuess { get; set; }
    public string? ConfirmedTheme { get; set; }
    public bool? ThemeChanged { get; set; }
    public double? Sentiment { get; set; }
    public string? EscalationReasons { get; set; }
    public string? RemediesOffered { get; set; }
    public string? Remedy { get; set; }
    public string? HandoffReason { get; set; }
    public string? CaseKey { get; set; }

    /// <summary>The closed case this response follows up (closing the loop, issue 9); the case keeps the score too.</summary>
    public string? FollowUpOfCaseKey { get; set; }

    /// <summary>The company event a proactive invite followed (survey_invites.event_id); null for a survey the customer started.</summary>
    public string? EventId { get; set; }
    public required string Outcome { get; set; }
    public DateTime StartedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? CompletedAt { get; set; }
}
