using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Agents;
using NpsBot.Recovery.Cases;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Desk;

/// <summary>Maps case rows (with their conversation) to what the agent desk reads.</summary>
internal static class DeskRows
{
    public static DeskCase ToDeskCase(CaseRecord row, ConversationRecord? conversation) => new(
        ToCase(row), row.AssigneeName, conversation?.CustomerName, conversation?.Locale, conversation?.Mode ?? ConversationModes.Bot);

    public static SupportCase ToCase(CaseRecord row) => new()
    {
        CaseKey = row.CaseKey,
        ResponseKey = row.ResponseKey,
        ConversationKey = row.ConversationKey,
        ChannelId = row.ChannelId,
        CustomerId = row.CustomerId,
        Status = row.Status,
        Priority = row.Priority,
        Score = row.Score,
        Theme = row.Theme,
        EscalationReasons = row.EscalationReasons,
        HandoffReason = row.HandoffReason,
        RemediesOffered = row.RemediesOffered,
        Remedy = row.Remedy,
        PackageJson = row.PackageJson,
        Assignee = row.Assignee,
        OpenedAt = SurveyResponseRows.Utc(row.OpenedAt),
        FirstContactDue = SurveyResponseRows.Utc(row.FirstContactDue),
        ResolutionDue = SurveyResponseRows.Utc(row.ResolutionDue),
        FirstContactAt = Utc(row.FirstContactAt),
        ResolvedAt = Utc(row.ResolvedAt),
        RootCause = row.RootCause,
        ActionTaken = row.ActionTaken,
        Overdue = row.Overdue,
        UpdatedAt = SurveyResponseRows.Utc(row.UpdatedAt),
    };

    /// <summary>The event's row, of the case with the id <paramref name="caseId"/> (the event's case).</summary>
    public static CaseEventRecord ToRecord(CaseEvent caseEvent, long caseId) => new()
    {
        CaseId = caseId,
        Kind = caseEvent.Kind,
        Actor = caseEvent.Actor,
        At = caseEvent.At.UtcDateTime,
        Detail = caseEvent.Detail,
    };

    /// <summary>Writes the fields the change names onto the tracked row.</summary>
    public static void Apply(CaseRecord row, DeskCaseChange change, DateTimeOffset at)
    {
        row.Status = change.Status ?? row.Status;
        row.FirstContactAt ??= change.FirstContactAt?.UtcDateTime;
        row.ResolvedAt = change.ResolvedAt?.UtcDateTime ?? row.ResolvedAt;
        row.RootCause = change.RootCause ?? row.RootCause;
        row.ActionTaken = change.ActionTaken ?? row.ActionTaken;
        row.Remedy = change.Remedy ?? row.Remedy;
        row.HelpedById = change.HelpedById ?? row.HelpedById;
        row.HelpedByName = change.HelpedByName ?? row.HelpedByName;
        if (change.Figures is { } figures)
        {
            row.FirstContactSeconds = figures.ToFirstContact?.TotalSeconds;
            row.BusinessFirstContactSeconds = figures.BusinessToFirstContact?.TotalSeconds;
            row.ResolutionSeconds = figures.ToResolution.TotalSeconds;
            row.BusinessResolutionSeconds = figures.BusinessToResolution.TotalSeconds;
        }

        row.UpdatedAt = at.UtcDateTime;
    }

    private static DateTimeOffset? Utc(DateTime? value) => value is { } at ? SurveyResponseRows.Utc(at) : null;
}
