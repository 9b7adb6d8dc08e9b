using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Playbooks;
using NpsBot.Surveys.Fatigue;
using NpsBot.Surveys.Survey;

namespace NpsBot.Storage.Stores;

/// <summary>Writes the rows of one turn with the prepared commands; returns a conflict instead of throwing one.</summary>
internal static class TurnRowWriter
{
    /// <summary>Null when every row was written, a <see cref="TurnConflictException"/> when the turn lost a race.</summary>
    public static TurnConflictException? Write(TurnCommands sql, PendingCommit pending)
    {
        var commit = pending.Commit;
        var inbound = commit.Inbound;
        var at = commit.At.UtcDateTime;
        var key = commit.ConversationKey;

        // Customer ids and names come from the identity the endpoint vouches for, never from "from" (issue 7).
        var customer = commit.Customer;
        var conversation = new (string, object?)[]
        {
            ("$key", key), ("$channel_id", inbound.ChannelId),
            ("$customer_id", customer?.Id), ("$customer_name", customer?.Name), ("$locale", inbound.Locale),
            ("$mode", commit.Mode), ("$state_json", commit.StateJson), ("$at", sql.StoredTime(commit.At)),
            ("$expected_version", commit.ExpectedVersion), ("$expected_state", commit.ExpectedStateJson),
        };

        // $expected_version and $expected_state are last and only the UPDATE has them.
        var saved = commit.ExpectedVersion == 0
            ? TurnCommands.ExecuteAssuming(sql.InsertConversation, 1, conversation.AsSpan(..^2))
            : commit.InDialog
                ? UpdateConversation(sql.UpdateConversationInDialogFirstTry, sql.UpdateConversationInDialog, conversation)
                : UpdateConversation(sql.UpdateConversationFirstTry, sql.UpdateConversation, conversation);
        if (saved == 0)
        {
            return new TurnConflictException(key);
        }

        if (inbound.Id is not null)
        {
            var inserted = TurnCommands.ExecuteAssuming(
                sql.InsertProcessedActivity, 1, ("$key", key), ("$activity_id", inbound.Id), ("$replies_json", pending.RepliesJson), ("$at", at));

            // Already processed: the runner answers from the stored replies, so this turn must not be saved twice.
            if (inserted == 0)
            {
                return new TurnConflictException(key);
            }
        }

        var inboundLine = commit.Transcript.FirstOrDefault(line => line.Direction == TranscriptEntry.Inbound);
        for (var i = 0; i < commit.Transcript.Count; i++)
        {
            var line = commit.Transcript[i];
            var (activityId, type, fromId, fromName) = Transcripts.TranscriptCompaction.Stored(line, inboundLine);
            var textId = pending.TextIds?[i];
            TurnCommands.Execute(
                sql.InsertTranscriptEntry,
                ("$key", key), ("$direction", line.Direction), ("$activity_id", activityId), ("$type", type),
                ("$text", textId is null ? line.Text : null), ("$text_id", textId), ("$raw_text", line.ProtectedRawText),
                ("$from_id", fromId), ("$from_name", fromName), ("$at", line.At.ToUnixTimeMilliseconds()));
        }

        DateTime? surveyedAt = null;
        List<CustomerConsent>? consents = null;
        List<CaseEvent>? events = null;
        foreach (var record in commit.Records)
        {
            switch (record)
            {
                case SurveyResponse response:
                    WriteResponse(sql, response);
                    Themes.ThemeLabelRows.Write(sql, response);
                    CaseRows.WriteFollowUp(sql, response);
                    surveyedAt = response.StartedAt.UtcDateTime;
                    break;
                case SupportCase supportCase:
                    CaseRows.Write(sql, supportCase);
                    break;
                case CaseEvent caseEvent:
                    (events ??= []).Add(caseEvent);
                    break;
                case CaseScoreChange change:
                    CaseRows.Write(sql, change);
                    break;
                case DiscountCodeClaim claim:
                    // Another turn took this code first: fail this turn as a conflict, so it runs again and draws another.
                    if (!CaseRows.Write(sql, claim))
                    {
                        return new TurnConflictException(key);
                    }

                    break;
                case NpsBot.Surveys.Handback.HelpRating rating:
                    CaseRows.Write(sql, rating);
                    break;
                case CustomerConsent consent:
                    (consents ??= []).Add(consent);
                    break;
                default:
                    throw new NotSupportedException($"The turn store cannot save a record of type {record.GetType().FullName}.");
            }
        }

        // After the turn's cases: an event names its case by the case's id (TurnSql.InsertCaseEvent).
        foreach (var caseEvent in events ?? [])
        {
            CaseRows.Write(sql, caseEvent);
        }

        // No verified customer (an unauthenticated /api/messages caller): no customer row is created or touched.
        if (inbound.ChannelId is not null && customer is not null)
        {
            TurnCommands.Execute(
                sql.UpsertCustomer,
                ("$channel_id", inbound.ChannelId), ("$channel_user_id", customer.Id), ("$name", customer.Name),
                ("$locale", inbound.Locale), ("$aad_object_id", customer.AadObjectId), ("$tenant_id", customer.TenantId), ("$last_surveyed_at", surveyedAt), ("$at", at));
        }

        foreach (var consent in consents ?? [])
        {
            TurnCommands.Execute(
                sql.SetOptedOut,
                ("$opted_out", consent.OptedOut), ("$at", consent.At.UtcDateTime), ("$channel_id", consent.ChannelId), ("$channel_user_id", consent.CustomerId));
        }

        // Inside the turn's savepoint: the jobs exist exactly when the turn does.
        foreach (var work in commit.Work)
        {
            WorkRows.Insert(sql, work, at);
        }

        return null;
    }

    // The dialect's first try (SQLite: in place when the row is already where it belongs), then its update when that
    // changed nothing (SQLite: the row moved to the edge it belongs at, see TurnSql.InsertConversationAtLeftEdge).
    private static int UpdateConversation(TurnStatement? firstTry, TurnStatement update, ReadOnlySpan<(string, object?)> conversation) =>
        firstTry is not null && TurnCommands.ExecuteAssuming(firstTry, 1, conversation) == 1
            ? 1
            : TurnCommands.ExecuteAssuming(update, 1, conversation);

    private static void WriteResponse(TurnCommands sql, SurveyResponse response)
    {
        var category = response.Category?.ToString();
        if (sql.UpdateSurveyResponseFacts is { } facts)
        {
            TurnCommands.Execute(
                facts,
                ("$response_key", response.ResponseKey), ("$score", response.Score), ("$category", category),
                ("$outcome", response.Outcome), ("$theme", response.Theme));
        }

        TurnCommands.Execute(
            sql.UpsertSurveyResponse,
            ("$response_key", response.ResponseKey), ("$key", response.ConversationKey), ("$channel_id", response.ChannelId), ("$customer_id", response.CustomerId),
            ("$customer_name", response.CustomerName), ("$locale", response.Locale), ("$score", response.Score),
            ("$category", category), ("$reason", response.Reason),
            ("$follow_up_question", response.FollowUpQuestion), ("$follow_up_answer", response.FollowUpAnswer),
            ("$wants_contact", response.WantsContact), ("$theme", response.Theme),
            ("$theme_confidence", response.ThemeConfidence), ("$theme_guess", response.ThemeGuess),
            ("$confirmed_theme", response.ConfirmedTheme), ("$theme_changed", response.ThemeChanged), ("$sentiment", response.Sentiment),
            ("$escalation_reasons", response.EscalationReasons), ("$remedies_offered", response.RemediesOffered),
            ("$remedy", response.Remedy), ("$handoff_reason", response.HandoffReason), ("$case_key", response.CaseKey), ("$follow_up_of_case_key", response.FollowUpOfCaseKey), ("$event_id", response.EventId),
            ("$outcome", response.Outcome), ("$started_at", sql.StoredTime(response.StartedAt)),
            ("$updated_at", sql.StoredTime(response.UpdatedAt)), ("$completed_at", sql.StoredTime(response.CompletedAt)));
    }
}
