namespace NpsBot.Storage.Privacy;

/// <summary>The statements of <see cref="CustomerEraser"/>; column names are those of the EF configurations.</summary>
internal static class ForgetSql
{
    // Every conversation of the customer, found by the customer columns (the key's format is not parsed).
    public const string CollectKeys = """
        CREATE TEMP TABLE IF NOT EXISTS forget_keys (conversation_key TEXT PRIMARY KEY);
        DELETE FROM forget_keys;
        INSERT OR IGNORE INTO forget_keys
        SELECT conversation_key FROM conversations WHERE channel_id = $channel AND customer_id = $user
        UNION SELECT conversation_key FROM survey_responses WHERE channel_id = $channel AND customer_id = $user;
        """;

    public const string DeleteReplayCache =
        "DELETE FROM processed_activities WHERE conversation_key IN (SELECT conversation_key FROM forget_keys)";

    // The customer's lines in other conversations of the channel too: those naming them, and the inbound lines after
    // one of those that store no sender of their own (TranscriptCompaction: the sender is the previous inbound line's).
    public const string DeleteTranscript = """
        DELETE FROM transcript_entries
        WHERE conversation_number IN (SELECT number FROM conversations WHERE conversation_key IN (SELECT conversation_key FROM forget_keys))
           OR id IN (
               SELECT t.id FROM transcript_entries t
               WHERE t.direction = 'in'
                 AND t.conversation_number IN (
                     SELECT named.conversation_number FROM transcript_entries named
                     WHERE named.from_id = $user AND named.conversation_number IN (SELECT number FROM conversations WHERE channel_id = $channel))
                 AND (SELECT sender.from_id FROM transcript_entries sender
                      WHERE sender.conversation_number = t.conversation_number AND sender.direction = 'in'
                        AND sender.from_id IS NOT NULL AND sender.id <= t.id
                      ORDER BY sender.id DESC LIMIT 1) = $user)
        """;

    public const string DeleteConversations =
        "DELETE FROM conversations WHERE conversation_key IN (SELECT conversation_key FROM forget_keys)";

    // Theme labels stay with the anonymised response (theme and source count in the figures); the complaint's words go.
    public const string ClearThemeEvidence = """
        UPDATE theme_labels SET evidence = NULL
        WHERE evidence IS NOT NULL AND response_id IN (
            SELECT id FROM survey_responses
            WHERE conversation_key IN (SELECT conversation_key FROM forget_keys) OR (channel_id = $channel AND customer_id = $user))
        """;

    // Scores stay for the NPS figures (deleting them would rewrite past NPS); everything that links a response to the
    // person goes: ids, name, the conversation (a fresh random key), free text, and the time of day.
    public const string AnonymiseResponses = """
        UPDATE survey_responses
        SET conversation_key = 'forgotten|' || lower(hex(randomblob(16))),
            customer_id = NULL, customer_name = NULL, reason = NULL, follow_up_answer = NULL,
            response_key = lower(hex(randomblob(16))), case_key = NULL, follow_up_of_case_key = NULL, event_id = NULL,
            started_at = started_at - started_at % 86400000,
            completed_at = completed_at - completed_at % 86400000,
            updated_at = updated_at - updated_at % 86400000
        WHERE conversation_key IN (SELECT conversation_key FROM forget_keys)
           OR (channel_id = $channel AND customer_id = $user)
        """;

    // The Direct Line log keeps a web chat's activities (encrypted) under the token's user; its user ids are the
    // channel's own ("dl_..."), so the user id alone finds them.
    public const string DeleteDirectLineActivities = """
        DELETE FROM directline_activities
        WHERE conversation_id IN (SELECT id FROM directline_conversations WHERE user_id = $user)
        """;

    public const string DeleteDirectLineConversations =
        "DELETE FROM directline_conversations WHERE user_id = $user";

    // A case is about the person (handoff package, remedies, who said what): the case and its events go.
    public const string CollectCases = """
        CREATE TEMP TABLE IF NOT EXISTS forget_cases (case_key TEXT PRIMARY KEY);
        DELETE FROM forget_cases;
        INSERT OR IGNORE INTO forget_cases
        SELECT case_key FROM cases
        WHERE (channel_id = $channel AND customer_id = $user) OR conversation_key IN (SELECT conversation_key FROM forget_keys);
        """;

    public const string DeleteCaseEvents =
        "DELETE FROM case_events WHERE case_id IN (SELECT id FROM cases WHERE case_key IN (SELECT case_key FROM forget_cases))";

    public const string DeleteCases =
        "DELETE FROM cases WHERE case_key IN (SELECT case_key FROM forget_cases)";

    public const string DeleteCustomer =
        "DELETE FROM customers WHERE channel_id = $channel AND channel_user_id = $user";

    public const string CountAnonymisedResponses =
        "SELECT count(*) FROM survey_responses WHERE conversation_key LIKE 'forgotten|%'";

    public const string CountRowsNaming = """
        SELECT (SELECT count(*) FROM customers WHERE channel_id = $channel AND channel_user_id = $user)
             + (SELECT count(*) FROM conversations WHERE customer_id = $user)
             + (SELECT count(*) FROM survey_responses WHERE customer_id = $user)
             + (SELECT count(*) FROM transcript_entries WHERE from_id = $user)
             + (SELECT count(*) FROM directline_conversations WHERE user_id = $user)
             + (SELECT count(*) FROM cases WHERE customer_id = $user)
        """;
}
