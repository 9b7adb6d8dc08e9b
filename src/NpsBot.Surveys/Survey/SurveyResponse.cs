using NpsBot.Surveys.Scoring;

namespace NpsBot.Surveys.Survey;

/// <summary>
/// A survey as far as the customer got: recorded as soon as the score is known and again after every answer (the same
/// <see cref="ResponseKey"/>, so the store keeps one row), with the outcome in-progress until it ends. Text is redacted.
/// </summary>
public sealed record SurveyResponse
{
    /// <summary>One survey's identity across the turns that update it.</summary>
    public required string ResponseKey { get; init; }
    public required string ConversationKey { get; init; }
    public required string ChannelId { get; init; }
    public string? CustomerId { get; init; }
    public string? CustomerName { get; init; }
    public string? Locale { get; init; }

    /// <summary>Null when the customer never gave a usable score (gave up or stopped before answering).</summary>
    public int? Score { get; init; }
    public NpsCategory? Category { get; init; }

    /// <summary>The customer's reason, redacted.</summary>
    public string? Reason { get; init; }
    public string? FollowUpQuestion { get; init; }

    /// <summary>The answer to the follow-up question, redacted.</summary>
    public string? FollowUpAnswer { get; init; }

    /// <summary>Detractors: whether they asked to be contacted.</summary>
    public bool? WantsContact { get; init; }

    /// <summary>The theme that counts: the one the customer confirmed, else the model's guess.</summary>
    public string? Theme { get; init; }
    public double? ThemeConfidence { get; init; }

    /// <summary>What the theme model guessed from the reason.</summary>
    public string? ThemeGuess { get; init; }

    /// <summary>The theme the customer confirmed or picked; null when they were not asked or did not answer.</summary>
    public string? ConfirmedTheme { get; init; }

    /// <summary>True when the customer picked another theme than the model's guess.</summary>
    public bool? ThemeChanged { get; init; }

    /// <summary>Which classifier guessed (its ThemeResult source: "offline" or "llm"), for theme governance.</summary>
    public string? ThemeGuessSource { get; init; }

    /// <summary>The guessing model's version or the prompt's version.</summary>
    public string? ThemeModelVersion { get; init; }

    /// <summary>The (redacted) words of the complaint that support the guess.</summary>
    public string? ThemeEvidence { get; init; }
    public double? Sentiment { get; init; }

    /// <summary>The sentiment of each answer, in order (kept in the handoff package, not in the response row).</summary>
    public IReadOnlyList<double> SentimentTrail { get; init; } = [];

    /// <summary>Escalation reasons found in the answers (legal, safety, ...), comma-separated; null when none.</summary>
    public string? EscalationReasons { get; init; }

    /// <summary>Remedy codes the bot offered, comma-separated in the order shown.</summary>
    public string? RemediesOffered { get; init; }

    /// <summary>The remedy the customer chose; "none" when they declined.</summary>
    public string? Remedy { get; init; }

    /// <summary>The discount code handed out with the remedy (kept on the case, not in the response row).</summary>
    public string? RemedyCode { get; init; }

    /// <summary>Why the conversation went to a person (see <c>HandoffReasons</c>); null when it did not.</summary>
    public string? HandoffReason { get; init; }

    /// <summary>The recovery case opened for this response, if any.</summary>
    public string? CaseKey { get; init; }

    /// <summary>The resolved case this response follows up (its score is the case's follow-up score); null otherwise.</summary>
    public string? FollowUpOfCaseKey { get; init; }

    /// <summary>The event a proactive invite followed (the invite's idempotency key); null for a survey the customer started.</summary>
    public string? EventId { get; init; }

    /// <summary>in-progress, completed, stopped, no-answer, abandoned (see <see cref="SurveyOutcomes"/>).</summary>
    public required string Outcome { get; init; }
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When it was last recorded (the last answer, or the abandonment).</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it ended; null while in progress.</summary>
    public DateTimeOffset? CompletedAt { get; init; }
}
