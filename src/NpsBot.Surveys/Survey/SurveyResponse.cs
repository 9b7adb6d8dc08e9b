using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>A finished survey: what the customer answered, where, and when. Stored with the turn that finished it.</summary>
public sealed record SurveyResponse
{
    public required string ConversationKey { get; init; }
    public required string ChannelId { get; init; }
    public string? CustomerId { get; init; }
    public string? CustomerName { get; init; }
    public string? Locale { get; init; }

    /// <summary>Null when the customer never gave a usable score (gave up or stopped before answering).</summary>
    public int? Score { get; init; }
    public NpsCategory? Category { get; init; }
    public string? Reason { get; init; }
    public string? FollowUpQuestion { get; init; }
    public string? FollowUpAnswer { get; init; }

    /// <summary>Detractors: whether they asked to be contacted.</summary>
    public bool? WantsContact { get; init; }
    public string? Theme { get; init; }
    public double? ThemeConfidence { get; init; }
    public double? Sentiment { get; init; }

    /// <summary>completed, stopped, no-answer.</summary>
    public required string Outcome { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    public required DateTimeOffset CompletedAt { get; init; }
}
