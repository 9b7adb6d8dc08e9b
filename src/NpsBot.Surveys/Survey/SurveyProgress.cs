using System.Security.Cryptography;

namespace NpsBot.Surveys.Survey;

/// <summary>The answers of a survey in progress, kept in the survey dialog's state between turns. Customer text is kept redacted.</summary>
public sealed record SurveyProgress
{
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>
    /// The response row's key, fixed for the whole survey: a ULID (26 characters of Crockford's base 32) that starts with
    /// the time it was made (issue 13, disk and CPU). The case's key ("case-" + this), the case's jobs and events are named
    /// after it, so new keys land at the right edge of their indexes, where a group commit's turns share pages, instead of
    /// one random page each (random keys were a quarter of the frames each commit wrote to the WAL). Its 80 random bits,
    /// from the operating system's cryptographic generator, keep it unguessable. It replaced a version 7 GUID's 32 hex
    /// digits: the key is stored about nine times per detractor (response, case, events, their indexes), 6 bytes each.
    /// </summary>
    public string ResponseKey { get; init; } = NewResponseKey();

    public string? Locale { get; init; }

    public string? CustomerId { get; init; }

    public string? CustomerName { get; init; }

    public int? Score { get; init; }

    public string? Reason { get; init; }

    public string? FollowUpQuestion { get; init; }

    public string? FollowUpAnswer { get; init; }

    public bool? WantsContact { get; init; }

    public string? ThemeGuess { get; init; }

    public double? ThemeConfidence { get; init; }

    /// <summary>The classifier's second likeliest theme, if it gave one (offered second when the customer is asked to pick).</summary>
    public string? ThemeRunnerUp { get; init; }

    public string? ConfirmedTheme { get; init; }

    /// <summary>Theme governance: which classifier guessed, its model or prompt version, and the redacted words that support the guess.</summary>
    public string? ThemeGuessSource { get; init; }

    public string? ThemeModelVersion { get; init; }

    public string? ThemeEvidence { get; init; }

    public double? Sentiment { get; init; }

    /// <summary>The sentiment of each answer read so far, in order (for the agent: how the conversation went).</summary>
    public IReadOnlyList<double> SentimentTrail { get; init; } = [];

    /// <summary>Escalation reasons seen so far, in the order they first appeared.</summary>
    public IReadOnlyList<string> EscalationReasons { get; init; } = [];

    public IReadOnlyList<string> RemediesOffered { get; init; } = [];

    public string? Remedy { get; init; }

    /// <summary>The discount code the chosen remedy handed out, if it draws one from a pool.</summary>
    public string? RemedyCode { get; init; }

    public string? HandoffReason { get; init; }

    public string? CaseKey { get; init; }

    /// <summary>The resolved case this survey follows up (closing the loop); null for an ordinary survey.</summary>
    public string? FollowUpOfCase { get; init; }

    /// <summary>The company event a proactive invite followed (a delivery, a closed ticket); null when the customer came by themselves.</summary>
    public string? EventId { get; init; }

    /// <summary>Unanswerable replies in a row; two hand a detractor to a person.</summary>
    public int FailedAnswers { get; init; }

    /// <summary>True once the branch recorded the survey's end itself.</summary>
    public bool Finished { get; init; }

    /// <summary>A new score the customer asked for, waiting for their yes.</summary>
    public int? PendingScore { get; init; }

    /// <summary>True once the response's abandonment check is queued (with its first record in progress; see <see cref="SurveyRecorder.Add"/>).</summary>
    public bool AbandonCheckQueued { get; init; }

    private static string NewResponseKey()
    {
        Span<byte> randomness = stackalloc byte[10];
        RandomNumberGenerator.Fill(randomness);
        return Ulid.NewUlid(DateTimeOffset.UtcNow, randomness).ToString();
    }

    /// <summary>The same survey with the answers that depend on the category cleared (after a change of category).</summary>
    public SurveyProgress WithNewCategory(int score) =>
        this with
        {
            Score = score, Reason = null, FollowUpQuestion = null, FollowUpAnswer = null, WantsContact = null, ThemeGuess = null,
            ThemeConfidence = null, ThemeRunnerUp = null, ConfirmedTheme = null, ThemeGuessSource = null, ThemeModelVersion = null, ThemeEvidence = null, RemediesOffered = [], Remedy = null, RemedyCode = null, PendingScore = null,
        };
}
