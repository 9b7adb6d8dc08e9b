using System.Globalization;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Playbooks;

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
            ("$opened_at", sql.StoredTime(supportCase.OpenedAt)), ("$first_contact_due", sql.StoredTime(supportCase.FirstContactDue)),
            ("$resolution_due", sql.StoredTime(supportCase.ResolutionDue)), ("$updated_at", sql.StoredTime(supportCase.UpdatedAt)));

    /// <summary>The score change as an event; the case closed unresolved if asked and untouched, else a note that it stays open.</summary>
    public static void Write(TurnCommands sql, CaseScoreChange change)
    {
        var detail = string.Create(CultureInfo.InvariantCulture, $"{change.OldScore} -> {change.NewScore}");
        Write(sql, new CaseEvent(change.CaseKey, CaseEventKinds.ScoreChanged, CaseEvent.BotActor, change.At, detail));
        if (!change.CloseIfUntouched)
        {
            return;
        }

        var closed = TurnCommands.ExecuteAssuming(
            sql.CloseCaseForScoreChange, 1, ("$case_key", change.CaseKey), ("$root_cause", CaseScoreChange.RootCause), ("$at", sql.StoredTime(change.At)));
        Write(sql, closed == 1
            ? new CaseEvent(change.CaseKey, CaseEventKinds.StatusChanged, CaseEvent.BotActor, change.At, CaseTransition.MoveDetail(CaseStatus.Open, CaseStatus.ClosedUnresolved, CaseScoreChange.RootCause))
            : new CaseEvent(change.CaseKey, CaseEventKinds.Note, CaseEvent.BotActor, change.At, "kept open: the score is no longer a detractor's, but a person is already working on this case"));
    }

    /// <summary>False when the code was already handed out (by another turn).</summary>
    public static bool Write(TurnCommands sql, DiscountCodeClaim claim) =>
        TurnCommands.ExecuteAssuming(
            sql.ClaimDiscountCode, 1,
            ("$pool", claim.Pool), ("$code", claim.Code), ("$case_key", claim.CaseKey), ("$at", claim.At.UtcDateTime)) == 1;
    /// <summary>A follow-up survey's score, stored on the case it follows up once the customer gave one.</summary>
    public static void WriteFollowUp(TurnCommands sql, NpsBot.Surveys.Survey.SurveyResponse response)
    {
        if (response is { FollowUpOfCaseKey: { } caseKey, Score: { } score })
        {
            TurnCommands.Execute(
                sql.SetFollowUpScore,
                ("$score", score), ("$response_key", response.ResponseKey), ("$at", sql.StoredTime(response.UpdatedAt)), ("$case_key", caseKey));
        }
    }

    public static void Write(TurnCommands sql, NpsBot.Surveys.Handback.HelpRating rating) =>
        TurnCommands.Execute(
            sql.SetHelpRating,
            ("$rating", rating.Rating), ("$agent_id", rating.AgentId), ("$agent_name", rating.AgentName), ("$at", sql.StoredTime(rating.At)),
            ("$case_key", rating.CaseKey));

    public static void Write(TurnCommands sql, CaseEvent caseEvent) =>
        TurnCommands.Execute(
            sql.InsertCaseEvent,
            ("$case_key", caseEvent.CaseKey), ("$kind", caseEvent.Kind), ("$actor", caseEvent.Actor),
            ("$at", sql.StoredTime(caseEvent.At)), ("$detail", caseEvent.Detail));
}
