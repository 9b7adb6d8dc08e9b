using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Entities;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Insights;

/// <summary>
/// The columns a <see cref="Recovery.Insights.ResponseRow"/> needs, read from a response LEFT JOIN its case (one
/// SELECT with only these columns; the state, handoff package and customer name stay in the database).
/// </summary>
internal sealed record ResponseProjection
{
    public long Id { get; init; }
    public string? ResponseKey { get; init; }
    public DateTime StartedAt { get; init; }
    public DateTime? CompletedAt { get; init; }
    public string ChannelId { get; init; } = "";
    public string? Locale { get; init; }
    public int? Score { get; init; }
    public NpsCategory? Category { get; init; }
    public string? Reason { get; init; }
    public string? FollowUpQuestion { get; init; }
    public string? FollowUpAnswer { get; init; }

    public string? EventId { get; init; }
    public string? Theme { get; init; }
    public string? ConfirmedTheme { get; init; }
    public string? ThemeGuess { get; init; }
    public double? ThemeConfidence { get; init; }
    public bool? WantsContact { get; init; }
    public string Outcome { get; init; } = "";
    public string? CaseKey { get; init; }
    public string? CaseStatus { get; init; }
    public string? Remedy { get; init; }
    public string? Agent { get; init; }
    public DateTime? FirstContactDue { get; init; }
    public DateTime? FirstContactAt { get; init; }
    public DateTime? ResolutionDue { get; init; }
    public DateTime? ResolvedAt { get; init; }
    public int? ResurveyScore { get; init; }

    /// <summary>Each filtered response with its case, if it has one.</summary>
    public static IQueryable<ResponseProjection> From(NpsBotDbContext context, IQueryable<SurveyResponseRecord> responses) =>
        from r in responses
        join found in context.Cases.AsNoTracking() on r.ResponseKey equals found.ResponseKey into cases
        from c in cases.DefaultIfEmpty()
        select new ResponseProjection
        {
            Id = r.Id,
            ResponseKey = r.ResponseKey,
            StartedAt = r.StartedAt,
            CompletedAt = r.CompletedAt,
            ChannelId = r.ChannelId,
            Locale = r.Locale,
            Score = r.Score,
            Category = r.Category,
            Reason = r.Reason,
            FollowUpQuestion = r.FollowUpQuestion,
            FollowUpAnswer = r.FollowUpAnswer,
            EventId = r.EventId,
            Theme = r.Theme,
            ConfirmedTheme = r.ConfirmedTheme,
            ThemeGuess = r.ThemeGuess,
            ThemeConfidence = r.ThemeConfidence,
            WantsContact = r.WantsContact,
            Outcome = r.Outcome,
            CaseKey = c == null ? r.CaseKey : c.CaseKey,
            CaseStatus = c == null ? null : c.Status,
            Remedy = c == null ? r.Remedy : c.Remedy ?? r.Remedy,
            Agent = c == null ? null : c.Assignee,
            FirstContactDue = c == null ? null : c.FirstContactDue,
            FirstContactAt = c == null ? null : c.FirstContactAt,
            ResolutionDue = c == null ? null : c.ResolutionDue,
            ResolvedAt = c == null ? null : c.ResolvedAt,
            ResurveyScore = c == null ? null : c.FollowUpScore,
        };

    public ResponseRow ToRow() => new()
    {
        Id = Id,
        ResponseKey = ResponseKey,
        StartedAt = Utc(StartedAt),
        CompletedAt = CompletedAt is { } completed ? Utc(completed) : null,
        ChannelId = ChannelId,
        Locale = Locale,
        Score = Score,
        Category = Category is { } category ? InsightsFilterParser.BandName(category) : null,
        Reason = Reason,
        FollowUpQuestion = FollowUpQuestion,
        FollowUpAnswer = FollowUpAnswer,
        EventId = EventId,
        Theme = Theme,
        ThemeSource = ThemeSourceOf(Theme, ConfirmedTheme, ThemeGuess),
        ThemeConfidence = ThemeConfidence,
        WantsContact = WantsContact,
        Outcome = Outcome,
        CaseKey = CaseKey,
        CaseStatus = CaseStatus,
        Remedy = Remedy,
        Agent = Agent,
        FirstContactDue = FirstContactDue is { } contactDue ? Utc(contactDue) : null,
        FirstContactAt = FirstContactAt is { } contactAt ? Utc(contactAt) : null,
        FirstContactWithinSla = FirstContactAt is { } contact && FirstContactDue is { } due ? contact <= due : null,
        ResolutionDue = ResolutionDue is { } resolutionDue ? Utc(resolutionDue) : null,
        ResolvedAt = ResolvedAt is { } resolvedAt ? Utc(resolvedAt) : null,
        ResolvedWithinSla = ResolvedAt is { } resolved && ResolutionDue is { } limit ? resolved <= limit : null,
        ResurveyScore = ResurveyScore,
    };

    /// <summary>
    /// A theme that is neither the customer's nor the model's was set by a manager's correction (a relabel changes only
    /// <c>theme</c>; the turn store keeps it); otherwise the customer's, else the model's.
    /// </summary>
    public static string? ThemeSourceOf(string? theme, string? confirmed, string? guess) =>
        theme is not null && (confirmed ?? guess) is { } own && own != theme ? ThemeSources.ManagerCorrected
        : confirmed is not null ? ThemeSources.CustomerConfirmed
        : guess is not null ? ThemeSources.Model
        : null;

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
