using NpsBot.Recovery.Cases;

namespace NpsBot.Storage.Stores;

/// <summary>Writes a turn's cases and case events with the prepared commands.</summary>
internal static class CaseRows
{
    public static void Write(TurnCommands sql, SupportCase supportCase) =>
        TurnCommands.Execute(
            sql.UpsertCase,
            ("$case_key", supportCase.CaseKey), ("$response_key", supportCase.ResponseKey), ("$key", supportCase.ConversationKey),
            ("$channel_id", supportCase.ChannelId), ("$customer_id", supportCase.CustomerId), ("$status", supportCase.Status),
            ("$priority", supportCase.Priority), ("$score", supportCase.Score), ("$theme", supportCase.Theme),
            ("$escalation_reasons", supportCase.EscalationReasons), ("$handoff_reason", supportCase.HandoffReason),
            ("$remedies_offered", supportCase.RemediesOffered), ("$remedy", supportCase.Remedy), ("$package_json", supportCase.PackageJson),
            ("$opened_at", supportCase.OpenedAt.UtcDateTime), ("$first_contact_due", supportCase.FirstContactDue.UtcDateTime),
            ("$resolution_due", supportCase.ResolutionDue.UtcDateTime), ("$updated_at", supportCase.UpdatedAt.UtcDateTime));

    public static void Write(TurnCommands sql, CaseEvent caseEvent) =>
        TurnCommands.Execute(
            sql.InsertCaseEvent,
            ("$case_key", caseEvent.CaseKey), ("$kind", caseEvent.Kind), ("$actor", caseEvent.Actor),
            ("$at", caseEvent.At.UtcDateTime), ("$detail", caseEvent.Detail));
}
