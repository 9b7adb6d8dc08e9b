using NpsBot.Storage.Entities;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Stores;

/// <summary>Turns a stored row back into the domain's <see cref="SurveyResponse"/>.</summary>
internal static class SurveyResponseRows
{
    public static SurveyResponse ToResponse(SurveyResponseRecord row) => new()
    {
        ResponseKey = row.ResponseKey ?? row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConversationKey = row.ConversationKey,
        ChannelId = row.ChannelId,
        CustomerId = row.CustomerId,
        CustomerName = row.CustomerName,
        Locale = row.Locale,
        Score = row.Score,
        Category = row.Category,
        Reason = row.Reason,
        FollowUpQuestion = row.FollowUpQuestion,
        FollowUpAnswer = row.FollowUpAnswer,
        WantsContact = row.WantsContact,
        Theme = row.Theme,
        ThemeConfidence = row.ThemeConfidence,
        ThemeGuess = row.ThemeGuess,
        ConfirmedTheme = row.ConfirmedTheme,
        ThemeChanged = row.ThemeChanged,
        Sentiment = row.Sentiment,
        EscalationReasons = row.EscalationReasons,
        RemediesOffered = row.RemediesOffered,
        Remedy = row.Remedy,
        HandoffReason = row.HandoffReason,
        CaseKey = row.CaseKey,
        FollowUpOfCaseKey = row.FollowUpOfCaseKey,
        EventId = row.EventId,
        Outcome = row.Outcome,
        StartedAt = Utc(row.StartedAt),
        UpdatedAt = Utc(row.UpdatedAt),
        CompletedAt = row.CompletedAt is { } completed ? Utc(completed) : null,
    };

    /// <summary>Timestamps are stored as UTC; SQLite hands them back without a kind.</summary>
    public static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
