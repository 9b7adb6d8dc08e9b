namespace NpsBot.Storage.Stores;

/// <summary>The statements of the turn store's hot path; column names are those of the EF configurations.</summary>
internal static class TurnSql
{
    public const string LoadConversation =
        "SELECT version, state_json FROM conversations WHERE conversation_key = $key";

    // Survey fatigue at the start of a conversation (issue 13): the four facts of CustomerHistory in one statement on a
    // pooled reader instead of four EF queries on a fresh context. Each part is an index seek (customers' unique key,
    // survey_responses(customer_id, started_at), cases(customer_id)). EXISTS is 0/1 on SQLite and a boolean on PostgreSQL.
    public const string CustomerHistory = $"""
        SELECT
            EXISTS (SELECT 1 FROM customers WHERE channel_id = $channel_id AND channel_user_id = $customer_id AND opted_out),
            (SELECT MAX(started_at) FROM survey_responses WHERE customer_id = $customer_id AND score IS NOT NULL),
            EXISTS (SELECT 1 FROM cases WHERE customer_id = $customer_id
                    AND status NOT IN ('{Recovery.Cases.CaseStatus.Resolved}', '{Recovery.Cases.CaseStatus.ClosedUnresolved}')),
            (SELECT MAX(opened_at) FROM cases WHERE customer_id = $customer_id AND handoff_reason IS NOT NULL)
        """;

    // A customer's earlier surveys and cases for the handoff package (issue 13: as above, on a pooled reader instead of
    // two EF queries); newest first, the survey at hand left out. survey_responses(customer_id, started_at) and
    // cases(customer_id) serve them. $limit here and in WaitingAhead is written into the text (TurnReader.Limited).
    public const string EarlierSurveys = """
        SELECT started_at, score, theme, outcome FROM survey_responses
        WHERE customer_id = $customer_id AND response_key <> $response_key
        ORDER BY started_at DESC LIMIT $limit
        """;

    public const string EarlierCases = """
        SELECT case_key, opened_at, score, theme, status, resolved_at FROM cases
        WHERE customer_id = $customer_id AND response_key <> $response_key
        ORDER BY opened_at DESC LIMIT $limit
        """;

    // The customers ahead in the handoff queue (HandoffWaitingLineStore), at every handoff in business hours: on a pooled
    // reader, prepared once, instead of an EF query whose SQL SQLite parsed and planned again each time (issue 13). The
    // filter is the partial index's own (IX_cases_waiting_line), so that index alone serves it; counted up to the limit.
    public const string WaitingAhead = $"""
        SELECT COUNT(*) FROM (
            SELECT 1 FROM cases
            WHERE {Configurations.CaseRecordConfiguration.WaitingLineFilter}
              AND case_key <> $case_key AND (priority < $priority OR (priority = $priority AND opened_at < $opened_at))
            LIMIT $limit) AS ahead
        """;

    // Every turn starts with both reads below (issue 13, PostgreSQL: one round trip instead of two): the replay cache's
    // replies of the activity when it was processed before, and the conversation's version and state (nulls when new).
    public const string StartTurn = """
        SELECT (SELECT replies_json FROM processed_activities WHERE conversation_key = $key AND activity_id = $activity_id),
               c.version, c.state_json
        FROM (SELECT 1 AS one) AS o LEFT JOIN conversations c ON c.conversation_key = $key
        """;

    public const string FindReplies =
        "SELECT replies_json FROM processed_activities WHERE conversation_key = $key AND activity_id = $activity_id";

    // ON CONFLICT DO NOTHING instead of catching a unique violation: no exception on the hot path, and the
    // affected-row count (0) says "someone else created it first" just as well. PostgreSQL has the same syntax.
    // nextNumber: the dialect's expression for a new conversation number (SqlDialect.NextConversationNumber).
    public static string InsertConversation(string nextNumber) => $"""
        INSERT INTO conversations (conversation_key, number, channel_id, customer_id, customer_name, locale,
                                   mode, state_json, version, created_at, updated_at)
        VALUES ($key, {nextNumber}, $channel_id, $customer_id, $customer_name, $locale, $mode, $state_json, 1, $at, $at)
        ON CONFLICT (conversation_key) DO NOTHING
        """;

    public const string UpdateConversation = $"""
        {UpdateConversationSet}
        WHERE {AsTheTurnStartedFrom}
        """;

    // Where SQLite keeps a conversation's row (issue 13, disk). A survey's state grows and shrinks while its dialog runs
    // (about 0.3, 2, 1.2, 1.9 KB) and ends small (0.4 KB). SQLite frees the space a row leaves only on a delete, and a page
    // gets new rows only in its own rowid range, so where short-lived big rows and lasting small ones share pages, the
    // holes stay for good: 245 of the 786 bytes per conversation the table took after 5,000 conversations were unused.
    // So the table has two regions: conversations in a dialog at negative rowids, new ones written at the left edge;
    // conversations at rest at positive rowids, each moved once to the right edge when its dialog ends, where the pages
    // fill up as appended rows do. A dialog's pages empty as its conversations finish and are merged and reused. A
    // conversation at rest that starts a dialog again (a re-survey) moves back to the left. Nothing refers to this table's
    // rowid (its key is conversation_key); one writer connection, so min - 1 and max + 1 are free.
    private const string LeftEdge = "min(coalesce((SELECT min(rowid) FROM conversations), 0), 0) - 1";
    private const string RightEdge = "max(coalesce((SELECT max(rowid) FROM conversations), 0), 0) + 1";

    // SQLite: a new conversation starts at the left edge, among the conversations in a dialog: most start one at their
    // second turn (the first only greets), and one that stays at rest moves to the right at its next turn.
    public static string InsertConversationAtLeftEdge(string nextNumber) => $"""
        INSERT INTO conversations (rowid, conversation_key, number, channel_id, customer_id, customer_name, locale,
                                   mode, state_json, version, created_at, updated_at)
        VALUES ({LeftEdge}, $key, {nextNumber}, $channel_id, $customer_id, $customer_name, $locale, $mode, $state_json, 1, $at, $at)
        ON CONFLICT (conversation_key) DO NOTHING
        """;

    // SQLite, a turn that leaves a dialog waiting: in place when the row is already on the left (first try, 0 rows
    // otherwise or when the version lost a race), else moved to the left edge.
    public const string UpdateConversationInDialogInPlace = $"""
        {UpdateConversationSet}
        WHERE {AsTheTurnStartedFrom} AND rowid < 0
        """;

    public const string UpdateConversationToLeftEdge = $"""
        {UpdateConversationSet}, rowid = {LeftEdge}
        WHERE {AsTheTurnStartedFrom}
        """;

    // SQLite, a turn that ends at rest: in place when the row is already on the right and its state does not shrink
    // (issue 13, CPU: a move rewrites the row's two index entries and the right edge too, about three pages more in the
    // WAL), else moved to the right edge (the end of a dialog; a shrink on the right leaves its old page through a delete,
    // which merges an underfull page). 0 rows for the first try: either of those, or the version lost a race (and the
    // move finds 0 rows too).
    public const string UpdateConversationAtRestInPlace = $"""
        {UpdateConversationSet}
        WHERE {AsTheTurnStartedFrom} AND rowid > 0
          AND length(CAST($state_json AS BLOB)) >= length(CAST(state_json AS BLOB))
        """;

    public const string UpdateConversationToRightEdge = $"""
        {UpdateConversationSet}, rowid = {RightEdge}
        WHERE {AsTheTurnStartedFrom}
        """;

    // The row a turn's update may change: still at the version the turn started from, and, when $expected_state is not
    // null, still holding that state JSON (a turn that started without reading it, CommittedStates.TakeUnread: a
    // conversation erased and started again could be at the same version).
    private const string AsTheTurnStartedFrom =
        "conversation_key = $key AND version = $expected_version AND state_json = COALESCE($expected_state, state_json)";

    private const string UpdateConversationSet = """
        UPDATE conversations
        SET state_json = $state_json, mode = $mode, version = version + 1, updated_at = $at,
            channel_id = COALESCE($channel_id, channel_id), customer_id = COALESCE($customer_id, customer_id), customer_name = COALESCE($customer_name, customer_name),
            locale = COALESCE($locale, locale)
        """;

    public const string InsertProcessedActivity = """
        INSERT INTO processed_activities (conversation_key, activity_id, replies_json, processed_at)
        VALUES ($key, $activity_id, $replies_json, $at)
        ON CONFLICT (conversation_key, activity_id) DO NOTHING
        """;

    // A line names its conversation by number (written by this turn just before) and its time in Unix milliseconds
    // (issue 13, disk): the conversation's key once per conversation instead of once per line.
    // The bot's shared texts by id instead ($text_id, SharedTranscriptTexts).
    public const string InsertTranscriptEntry = """
        INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, text_id, raw_text, from_id, from_name, at)
        VALUES ((SELECT number FROM conversations WHERE conversation_key = $key), $direction, $activity_id, $type, $text, $text_id, $raw_text,
                $from_id, $from_name, $at)
        """;

    // The row of a shared text, new or another instance's: DO UPDATE (to the same text) so that RETURNING has the row.
    public const string LearnSharedText = """
        INSERT INTO transcript_texts (text) VALUES ($text)
        ON CONFLICT (text) DO UPDATE SET text = excluded.text
        RETURNING id
        """;

    // One row per survey, written from the moment the score is known and updated at every answer. A manager's correction
    // (a theme that is neither the customer's nor the model's) is kept when the survey goes on (issue 10).
    public const string UpsertSurveyResponse = $"""
        {InsertSurveyResponse}
        ON CONFLICT (response_key) DO UPDATE
        SET score = excluded.score, category = excluded.category, reason = excluded.reason,
            follow_up_question = excluded.follow_up_question, follow_up_answer = excluded.follow_up_answer,
            wants_contact = excluded.wants_contact, theme_confidence = excluded.theme_confidence,
            theme = CASE WHEN survey_responses.theme IS DISTINCT FROM COALESCE(survey_responses.confirmed_theme, survey_responses.theme_guess)
                         THEN survey_responses.theme ELSE excluded.theme END,
            theme_guess = excluded.theme_guess, confirmed_theme = excluded.confirmed_theme, theme_changed = excluded.theme_changed,
            sentiment = excluded.sentiment, escalation_reasons = excluded.escalation_reasons,
            remedies_offered = excluded.remedies_offered, remedy = excluded.remedy, handoff_reason = excluded.handoff_reason,
            case_key = excluded.case_key, outcome = excluded.outcome, updated_at = excluded.updated_at,
            completed_at = excluded.completed_at
        """;

    // SQLite (issue 13, CPU and disk): an UPDATE rewrites the entry of every index that holds a column it SETs, even to the
    // value the row already has, and the upsert above sets score, category, theme and outcome at every answer, which four of
    // the response's indexes and two triggers hold: (category, response_key) alone was 6 % of the frames a group commit
    // wrote to the WAL, one page at a random place per turn. So SQLite sets those four only when one of them changes, in
    // this statement, run before the upsert (its theme rule reads the row's confirmed theme and model guess as the upsert
    // found them), and the upsert after it sets the other columns. A new response: this changes nothing, the upsert
    // inserts the row whole.
    public const string UpdateSurveyResponseFacts = $"""
        UPDATE survey_responses
        SET score = $score, category = $category, outcome = $outcome, theme = {KeptOrNewTheme}
        WHERE response_key = $response_key
          AND (score, category, outcome, theme) IS NOT ($score, $category, $outcome, {KeptOrNewTheme})
        """;

    public const string UpsertSurveyResponseOtherColumns = $"""
        {InsertSurveyResponse}
        ON CONFLICT (response_key) DO UPDATE
        SET reason = excluded.reason,
            follow_up_question = excluded.follow_up_question, follow_up_answer = excluded.follow_up_answer,
            wants_contact = excluded.wants_contact, theme_confidence = excluded.theme_confidence,
            theme_guess = excluded.theme_guess, confirmed_theme = excluded.confirmed_theme, theme_changed = excluded.theme_changed,
            sentiment = excluded.sentiment, escalation_reasons = excluded.escalation_reasons,
            remedies_offered = excluded.remedies_offered, remedy = excluded.remedy, handoff_reason = excluded.handoff_reason,
            case_key = excluded.case_key, updated_at = excluded.updated_at, completed_at = excluded.completed_at
        """;

    // A survey's row, whole: both upserts above start with it.
    private const string InsertSurveyResponse = """
        INSERT INTO survey_responses (response_key, conversation_key, channel_id, customer_id, customer_name, locale, score, category,
                                      reason, follow_up_question, follow_up_answer, wants_contact, theme, theme_confidence,
                                      theme_guess, confirmed_theme, theme_changed, sentiment, escalation_reasons,
                                      remedies_offered, remedy, handoff_reason, case_key, follow_up_of_case_key, event_id, outcome, started_at, updated_at, completed_at)
        VALUES ($response_key, $key, $channel_id, $customer_id, $customer_name, $locale, $score, $category,
                $reason, $follow_up_question, $follow_up_answer, $wants_contact, $theme, $theme_confidence,
                $theme_guess, $confirmed_theme, $theme_changed, $sentiment, $escalation_reasons,
                $remedies_offered, $remedy, $handoff_reason, $case_key, $follow_up_of_case_key, $event_id, $outcome, $started_at, $updated_at, $completed_at)
        """;

    // The theme rule of the facts' update, as the one upsert's: a manager's correction stays, otherwise the turn's theme.
    private const string KeptOrNewTheme =
        "CASE WHEN theme IS DISTINCT FROM COALESCE(confirmed_theme, theme_guess) THEN theme ELSE $theme END";

    // A case is inserted once; later turns update what the survey learns, never its status, owner or clocks.
    // case_steps is set by the case-facts triggers; 0 here because SQLite's table has no default since IntegerTimes.
    public const string UpsertCase = """
        INSERT INTO cases (case_key, response_key, conversation_key, channel_id, customer_id, status, priority, score, theme,
                           escalation_reasons, handoff_reason, remedies_offered, remedy, package_json, opened_at,
                           first_contact_due, resolution_due, overdue, updated_at, case_steps)
        VALUES ($case_key, $response_key, $key, $channel_id, $customer_id, $status, $priority, $score, $theme,
                $escalation_reasons, $handoff_reason, $remedies_offered, $remedy, $package_json, $opened_at,
                $first_contact_due, $resolution_due, 0, $updated_at, 0)
        ON CONFLICT (case_key) DO UPDATE
        SET priority = MIN(cases.priority, excluded.priority), score = excluded.score, theme = excluded.theme,
            escalation_reasons = excluded.escalation_reasons, handoff_reason = COALESCE(excluded.handoff_reason, cases.handoff_reason),
            remedies_offered = excluded.remedies_offered, remedy = excluded.remedy, package_json = excluded.package_json,
            updated_at = excluded.updated_at
        """;

    // Hands a code to a case once: 0 rows means another turn took it first, and this turn runs again with another code.
    public const string ClaimDiscountCode = """
        UPDATE discount_codes SET case_key = $case_key, issued_at = $at
        WHERE pool = $pool AND code = $code AND case_key IS NULL
        """;

    // The customer is no longer a detractor: the case closes unresolved, unless a person has touched it (an owner, a
    // first contact, or any event by someone other than the bot or the system).
    public const string CloseCaseForScoreChange = """
        UPDATE cases SET status = 'closed_unresolved', root_cause = $root_cause, resolved_at = $at, updated_at = $at
        WHERE case_key = $case_key AND status = 'open' AND assignee IS NULL AND first_contact_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = cases.id AND e.actor NOT IN ('bot', 'system'))
        """;

    // Closing the loop (issue 9): the follow-up survey's score on the case it follows up, once it is known.
    public const string SetFollowUpScore = """
        UPDATE cases SET follow_up_score = $score, follow_up_response_key = $response_key, follow_up_at = $at, updated_at = $at
        WHERE case_key = $case_key
        """;

    // The customer's rating of the help, credited to the agent named at the give-back (issue 9).
    public const string SetHelpRating = """
        UPDATE cases SET help_rating = $rating, help_rating_agent_id = $agent_id, help_rating_agent_name = $agent_name,
                         help_rated_at = $at, updated_at = $at
        WHERE case_key = $case_key
        """;

    // An event names its case by id: the case's row exists by now (the turn writes its events after its cases).
    public const string InsertCaseEvent = """
        INSERT INTO case_events (case_id, kind, actor, at, detail) SELECT id, $kind, $actor, $at, $detail FROM cases WHERE case_key = $case_key
        """;

    // The WHERE skips the row write when the turn brings nothing new, which is almost every turn
    // (IS NOT is SQLite's null-safe inequality).
    public const string UpsertCustomer = """
        INSERT INTO customers (channel_id, channel_user_id, name, locale, aad_object_id, tenant_id, opted_out, last_surveyed_at, created_at, updated_at)
        VALUES ($channel_id, $channel_user_id, $name, $locale, $aad_object_id, $tenant_id, 0, $last_surveyed_at, $at, $at)
        ON CONFLICT (channel_id, channel_user_id) DO UPDATE
        SET name = COALESCE(excluded.name, customers.name),
            locale = COALESCE(excluded.locale, customers.locale),
            aad_object_id = COALESCE(excluded.aad_object_id, customers.aad_object_id),
            tenant_id = COALESCE(excluded.tenant_id, customers.tenant_id),
            last_surveyed_at = COALESCE(excluded.last_surveyed_at, customers.last_surveyed_at),
            updated_at = excluded.updated_at
        WHERE (excluded.name IS NOT NULL AND excluded.name IS NOT customers.name)
           OR (excluded.locale IS NOT NULL AND excluded.locale IS NOT customers.locale)
           OR (excluded.aad_object_id IS NOT NULL AND excluded.aad_object_id IS NOT customers.aad_object_id)
           OR (excluded.tenant_id IS NOT NULL AND excluded.tenant_id IS NOT customers.tenant_id)
           OR excluded.last_surveyed_at IS NOT NULL
        """;

    // STOP is kept on the customer (the upsert above created the row if it was new).
    public const string SetOptedOut = """
        UPDATE customers SET opted_out = $opted_out, updated_at = $at WHERE channel_id = $channel_id AND channel_user_id = $channel_user_id
        """;

    public const string Savepoint = "SAVEPOINT turn";

    public const string Release = "RELEASE turn";

    // ROLLBACK TO keeps the savepoint open; the RELEASE after it removes it so the next turn starts clean.
    public const string RollbackToSavepoint = "ROLLBACK TO turn; RELEASE turn";
}
