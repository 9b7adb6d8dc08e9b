namespace NpsBot.Recovery.Handoff;

/// <summary>
/// What an agent gets with a case: the score, the confirmed theme and the model's guess, the redacted verbatim, the
/// remedies offered and the choice, sentiment, escalation reasons and the SLA deadlines. Stored as JSON on the case;
/// the customer's earlier surveys and cases are looked up by the console from the customer id.
/// </summary>
public sealed record HandoffPackage
{
    public int? Score { get; init; }
    public string? Theme { get; init; }
    public string? ThemeGuess { get; init; }
    public bool? ThemeChanged { get; init; }

    /// <summary>The reason and the follow-up answer, both redacted.</summary>
    public string? Reason { get; init; }
    public string? FollowUpQuestion { get; init; }
    public string? FollowUpAnswer { get; init; }
    public IReadOnlyList<string> RemediesOffered { get; init; } = [];

    /// <summary>The remedy chosen, "none" when declined, null when not offered or not answered.</summary>
    public string? Remedy { get; init; }
    public double? Sentiment { get; init; }
    public IReadOnlyList<string> EscalationReasons { get; init; } = [];
    public string? HandoffReason { get; init; }
    public DateTimeOffset FirstContactDue { get; init; }
    public DateTimeOffset ResolutionDue { get; init; }
    public string? CustomerId { get; init; }
    public string? Locale { get; init; }
}
