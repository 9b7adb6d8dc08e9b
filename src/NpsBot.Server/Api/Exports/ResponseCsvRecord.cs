using CsvHelper;
using NpsBot.Recovery.Insights;

namespace NpsBot.Server.Api.Exports;

/// <summary>One CSV line of the responses export (CsvHelper's source-generated writer); one instance is refilled per row.</summary>
[CsvRecord]
public sealed partial class ResponseCsvRecord
{
    public long Id { get; set; }
    public string? ResponseKey { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string ChannelId { get; set; } = "";
    public string? Locale { get; set; }
    public int? Score { get; set; }
    public string? Category { get; set; }
    public string? Reason { get; set; }
    public string? FollowUpQuestion { get; set; }
    public string? FollowUpAnswer { get; set; }
    public string? EventId { get; set; }
    public string? Theme { get; set; }
    public string? ThemeSource { get; set; }
    public double? ThemeConfidence { get; set; }
    public bool? WantsContact { get; set; }
    public string Outcome { get; set; } = "";
    public string? CaseKey { get; set; }
    public string? CaseStatus { get; set; }
    public string? Remedy { get; set; }
    public string? Agent { get; set; }
    public DateTimeOffset? FirstContactDue { get; set; }
    public DateTimeOffset? FirstContactAt { get; set; }
    public bool? FirstContactWithinSla { get; set; }
    public DateTimeOffset? ResolutionDue { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public bool? ResolvedWithinSla { get; set; }
    public int? ResurveyScore { get; set; }

    public ResponseCsvRecord Fill(ResponseRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Id = row.Id;
        ResponseKey = row.ResponseKey;
        StartedAt = row.StartedAt;
        CompletedAt = row.CompletedAt;
        ChannelId = row.ChannelId;
        Locale = row.Locale;
        Score = row.Score;
        Category = row.Category;
        Reason = row.Reason;
        FollowUpQuestion = row.FollowUpQuestion;
        FollowUpAnswer = row.FollowUpAnswer;
        EventId = row.EventId;
        Theme = row.Theme;
        ThemeSource = row.ThemeSource;
        ThemeConfidence = row.ThemeConfidence;
        WantsContact = row.WantsContact;
        Outcome = row.Outcome;
        CaseKey = row.CaseKey;
        CaseStatus = row.CaseStatus;
        Remedy = row.Remedy;
        Agent = row.Agent;
        FirstContactDue = row.FirstContactDue;
        FirstContactAt = row.FirstContactAt;
        FirstContactWithinSla = row.FirstContactWithinSla;
        ResolutionDue = row.ResolutionDue;
        ResolvedAt = row.ResolvedAt;
        ResolvedWithinSla = row.ResolvedWithinSla;
        ResurveyScore = row.ResurveyScore;
        return this;
    }
}
