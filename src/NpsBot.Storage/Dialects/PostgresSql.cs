using NpsBot.Storage.Work;

namespace NpsBot.Storage.Dialects;

/// <summary>
/// The statements PostgreSQL spells differently from SQLite (<c>LEAST</c>/<c>GREATEST</c> for two-argument
/// <c>MIN</c>/<c>MAX</c>, <c>IS DISTINCT FROM</c> for <c>IS NOT</c>, <c>FALSE</c> for a boolean 0, row locks where
/// SQLite has one writer). Same parameters as the SQLite texts; each comment says what differs.
/// </summary>
internal static class PostgresSql
{
    // TurnSql.UpsertCase with LEAST for MIN and FALSE for 0.
    public const string UpsertCase = """
        INSERT INTO cases (case_key, response_key, conversation_key, channel_id, customer_id, status, priority, score, theme,
                           escalation_reasons, handoff_reason, remedies_offered, remedy, package_json, opened_at,
                           first_contact_due, resolution_due, overdue, updated_at)
        VALUES ($case_key, $response_key, $key, $channel_id, $customer_id, $status, $priority, $score, $theme,
                $escalation_reasons, $handoff_reason, $remedies_offered, $remedy, $package_json, $opened_at,
                $first_contact_due, $resolution_due, FALSE, $updated_at)
        ON CONFLICT (case_key) DO UPDATE
        SET priority = LEAST(cases.priority, excluded.priority), score = excluded.score, theme = excluded.theme,
            escalation_reasons = excluded.escalation_reasons, handoff_reason = COALESCE(excluded.handoff_reason, cases.handoff_reason),
            remedies_offered = excluded.remedies_offered, remedy = excluded.remedy, package_json = excluded.package_json,
            updated_at = excluded.updated_at
        """;

    // TurnSql.UpsertCustomer with FALSE for 0 and IS DISTINCT FROM for SQLite's null-safe IS NOT.
    public const string UpsertCustomer = """
        INSERT INTO customers (channel_id, channel_user_id, name, locale, aad_object_id, tenant_id, opted_out, last_surveyed_at, created_at, updated_at)
        VALUES ($channel_id, $channel_user_id, $name, $locale, $aad_object_id, $tenant_id, FALSE, $last_surveyed_at, $at, $at)
        ON CONFLICT (channel_id, channel_user_id) DO UPDATE
        SET name = COALESCE(excluded.name, customers.name),
            locale = COALESCE(excluded.locale, customers.locale),
            aad_object_id = COALESCE(excluded.aad_object_id, customers.aad_object_id),
            tenant_id = COALESCE(excluded.tenant_id, customers.tenant_id),
            last_surveyed_at = COALESCE(excluded.last_surveyed_at, customers.last_surveyed_at),
            updated_at = excluded.updated_at
        WHERE (excluded.name IS NOT NULL AND excluded.name IS DISTINCT FROM customers.name)
           OR (excluded.locale IS NOT NULL AND excluded.locale IS DISTINCT FROM customers.locale)
           OR (excluded.aad_object_id IS NOT NULL AND excluded.aad_object_id IS DISTINCT FROM customers.aad_object_id)
           OR (excluded.tenant_id IS NOT NULL AND excluded.tenant_id IS DISTINCT FROM customers.tenant_id)
           OR excluded.last_surveyed_at IS NOT NULL
        """;

    // WorkSql.Claim with FOR UPDATE SKIP LOCKED: SQLite has one writer, PostgreSQL several instances claiming at once.
    // A row another instance is claiming is skipped (not waited for); one it claimed and committed meanwhile is
    // re-checked against the WHERE (its lease is now set), so every job is claimed once.
    public const string ClaimWork = $"""
        UPDATE work_items
        SET lease_owner = $owner, lease_until = $lease_until, attempts = attempts + 1
        WHERE id IN (
            SELECT w.id FROM work_items w
            WHERE w.state = '{WorkItemStates.Pending}' AND w.due_at <= $now
              AND (w.lease_until IS NULL OR w.lease_until <= $now)
              AND (w.order_key IS NULL OR NOT EXISTS (
                  SELECT 1 FROM work_items older
                  WHERE older.order_key = w.order_key AND older.state = '{WorkItemStates.Pending}' AND older.id < w.id))
            ORDER BY w.due_at, w.id
            LIMIT $limit
            FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts, due_at
        """;

    // WorkSql.Release with GREATEST for MAX.
    public const string ReleaseWork = """
        UPDATE work_items SET attempts = GREATEST(attempts - 1, 0), lease_owner = NULL, lease_until = NULL
        WHERE id = $id AND lease_owner = $owner
        """;

    // RetentionSql.PruneReplays without rowid: PostgreSQL's heap is not in insertion order, so the batch is the first
    // $limit expired rows a sequential scan meets (no index on processed_at: it would cost bytes on every turn).
    public const string PruneReplays = """
        DELETE FROM processed_activities
        WHERE ctid IN (SELECT ctid FROM processed_activities WHERE processed_at < $cutoff LIMIT $limit)
        """;

    // RetentionSql.ScheduleNext behind a transaction-scoped advisory lock: PostgreSQL has no database write lock, so two
    // instances starting at once could both see "no pending storage.prune". The lock is its own statement, so the
    // INSERT's snapshot (taken when it starts, after the lock) sees the other instance's committed row.
    public const string SchedulePrune = $"""
        SELECT pg_advisory_xact_lock(hashtext('storage.prune'));
        INSERT INTO work_items (kind, payload, order_key, due_at, attempts, state, created_at)
        SELECT $kind, $payload, $kind, $due_at, 0, '{WorkItemStates.Pending}', $created_at
        WHERE NOT EXISTS (
            SELECT 1 FROM work_items WHERE kind = $kind AND state = '{WorkItemStates.Pending}' AND id <> $current)
        """;

    // ForgetSql.CollectKeys: ON CONFLICT DO NOTHING for SQLite's INSERT OR IGNORE. The temporary table belongs to the
    // session, so a pooled connection may already have it: emptied first, as on SQLite.
    public const string CollectForgottenKeys = """
        CREATE TEMP TABLE IF NOT EXISTS forget_keys (conversation_key TEXT PRIMARY KEY);
        DELETE FROM forget_keys;
        INSERT INTO forget_keys
        SELECT conversation_key FROM conversations WHERE channel_id = $channel AND customer_id = $user
        UNION SELECT conversation_key FROM survey_responses WHERE channel_id = $channel AND customer_id = $user
        ON CONFLICT DO NOTHING;
        """;

    public const string CollectForgottenCases = """
        CREATE TEMP TABLE IF NOT EXISTS forget_cases (case_key TEXT PRIMARY KEY);
        DELETE FROM forget_cases;
        INSERT INTO forget_cases
        SELECT case_key FROM cases
        WHERE (channel_id = $channel AND customer_id = $user) OR conversation_key IN (SELECT conversation_key FROM forget_keys)
        ON CONFLICT DO NOTHING;
        """;

    // ForgetSql.AnonymiseResponses: a random uuid's hex for randomblob(16), date_trunc in UTC for strftime's day.
    public const string AnonymiseResponses = """
        UPDATE survey_responses
        SET conversation_key = 'forgotten|' || replace(gen_random_uuid()::text, '-', ''),
            customer_id = NULL, customer_name = NULL, reason = NULL, follow_up_answer = NULL,
            response_key = replace(gen_random_uuid()::text, '-', ''), case_key = NULL, follow_up_of_case_key = NULL, event_id = NULL,
            started_at = date_trunc('day', started_at, 'UTC'),
            completed_at = date_trunc('day', completed_at, 'UTC'),
            updated_at = date_trunc('day', updated_at, 'UTC')
        WHERE conversation_key IN (SELECT conversation_key FROM forget_keys)
           OR (channel_id = $channel AND customer_id = $user)
        """;

    // FreedSpaceScrubber on PostgreSQL, once every eraser has deleted (SQLite's VACUUM rewrites the whole file):
    // 1. VACUUM FULL of every table of the database writes each one (with its TOAST table, and its indexes, the
    //    transcript's GIN index included) a new file without the dead row versions, and deletes the old files. Every
    //    table, not a list: a table added later, or one another eraser wrote to (survey_invites, sms_messages,
    //    work_items), cannot be forgotten. ANALYZE then replaces each table's statistics.
    // 2. The statistics themselves: ANALYZE keeps sample values of each column in pg_statistic (most common values,
    //    histogram bounds), so a customer's name or words could sit there, and the replaced statistics stay behind as
    //    dead row versions of pg_statistic until it is rewritten too. The database's owner may vacuum its catalogues.
    // Each statement runs alone: VACUUM cannot run inside a transaction block. PostgresScrub runs the tables' part
    // once no transaction older than the forget is left (OlderTransactions), and the statistics' part once no
    // transaction older than the new statistics is left: a transaction begun during step 1 may still read the
    // statistics ANALYZE replaced, and VACUUM FULL keeps what it may read.
    // 3. Between the two, EmptiedTablesStatistics: ANALYZE of a table left empty keeps its old statistics.
    public static readonly IReadOnlyList<string> ScrubTables = ["VACUUM (FULL, ANALYZE)", EmptiedTablesStatistics];

    public static readonly IReadOnlyList<string> ScrubStatistics = ["VACUUM (FULL) pg_catalog.pg_statistic"];

    public static readonly IReadOnlyList<string> ScrubFreedSpace = [.. ScrubTables, .. ScrubStatistics];

    // ANALYZE of a table with no row leaves the statistics it had (sample values of the customer who was its only one),
    // and the owner of a table may not delete from pg_statistic. Changing a column's type drops the column's statistics
    // (and those of the indexes over it, rebuilt); to its own type it rewrites nothing. Only the tables ANALYZE has just
    // counted empty (reltuples 0); a row inserted since loses nothing but statistics, which autovacuum makes again. A
    // column that cannot be altered (a view over it) is skipped with a warning rather than failing the forget.
    public const string EmptiedTablesStatistics = """
        DO $$
        DECLARE statement text;
        BEGIN
            FOR statement IN
                SELECT DISTINCT format('ALTER TABLE %I.%I ALTER COLUMN %I TYPE %s', s.schemaname, s.tablename, s.attname,
                                       format_type(a.atttypid, a.atttypmod))
                FROM pg_stats AS s
                JOIN pg_namespace AS n ON n.nspname = s.schemaname
                JOIN pg_class AS c ON c.relnamespace = n.oid AND c.relname = s.tablename
                JOIN pg_attribute AS a ON a.attrelid = c.oid AND a.attname = s.attname
                WHERE s.schemaname = current_schema() AND c.relkind = 'r' AND c.reltuples = 0
            LOOP
                BEGIN
                    EXECUTE statement;
                EXCEPTION WHEN others THEN
                    RAISE WARNING 'statistics kept: % (%)', statement, SQLERRM;
                END;
            END LOOP;
        END
        $$
        """;

    // A transaction id newer than every eraser's commit (autocommit: assigned, then committed at once).
    public const string NewTransactionId = "SELECT pg_current_xact_id()::text";

    // The transactions that may still need a deleted row version after $marker (a transaction id from NewTransactionId,
    // newer than every eraser's commit), so that VACUUM FULL would copy it into the new file ("recently dead") and an
    // ANALYZE would write what it sampled to pg_statistic when it ends:
    // - of this database, those begun before $marker and still running, or still holding a snapshot taken before it (an
    //   ANALYZE, autovacuum's too, that sampled the customer's rows before the erasers deleted them; a long report);
    // - of ANY database, those holding a transaction id older than $marker, and prepared transactions: every snapshot
    //   taken while such a transaction runs, the scrub's own VACUUM FULL's included, has its xmin at or below that id,
    //   and PostgreSQL keeps for it every row version deleted after it (the CI failure: another test database's long
    //   write kept the forgotten customer's rows in four relation files).
    // age() of both sides in one statement, so the comparison survives wraparound.
    public const string OlderTransactions = """
        SELECT (SELECT count(*) FROM pg_stat_activity
                WHERE pid <> pg_backend_pid()
                  AND (age(backend_xid) >= age($marker::xid8::xid)
                       OR (datname = current_database() AND age(backend_xmin) >= age($marker::xid8::xid))))
             + (SELECT count(*) FROM pg_prepared_xacts WHERE age(transaction) >= age($marker::xid8::xid))
        """;

    // Transcript search: PostgreSQL full-text search with a configuration that folds accents (unaccent, then simple: no
    // stemming, as FTS5's unicode61), so "recu" finds "reçu" as on SQLite, and a GIN index over the redacted text.
    // Since SearchPeoplesLines the GIN index covers the people's lines only (TranscriptSearchSql.PersonLine, as on SQLite);
    // the queries repeat its condition word for word so the planner can use the partial index.
    public static readonly string TranscriptMatchingLines = $$"""
        SELECT t.* FROM transcript_entries AS t
        WHERE to_tsvector('npsbot_search', coalesce(t.text, '')) @@ to_tsquery('npsbot_search', {0})
          AND {{Transcripts.TranscriptSearchSql.PersonLine("t")}}
        """;

    public static readonly string TranscriptBestSnippet = $"""
        SELECT ts_headline('npsbot_search', t.text, to_tsquery('npsbot_search', $query),
                           'StartSel=[[, StopSel=]], MaxWords=24, MinWords=8, ShortWord=2')
        FROM transcript_entries AS t
        WHERE t.conversation_number = (SELECT number FROM conversations WHERE conversation_key = $key)
          AND to_tsvector('npsbot_search', coalesce(t.text, '')) @@ to_tsquery('npsbot_search', $query)
          AND {Transcripts.TranscriptSearchSql.PersonLine("t")}
        ORDER BY ts_rank(to_tsvector('npsbot_search', coalesce(t.text, '')), to_tsquery('npsbot_search', $query)) DESC, t.id
        LIMIT 1
        """;

    /// <summary>Run by the PostgreSQL migration that adds transcript search (EF Core cannot generate it).</summary>
    public const string CreateTranscriptSearch = """
        CREATE EXTENSION IF NOT EXISTS unaccent;
        CREATE TEXT SEARCH CONFIGURATION npsbot_search (COPY = simple);
        ALTER TEXT SEARCH CONFIGURATION npsbot_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
        CREATE INDEX ix_transcript_entries_search ON transcript_entries USING GIN (to_tsvector('npsbot_search', coalesce(text, '')));
        """;

    /// <summary>
    /// The migration <c>SearchPeoplesLines</c>: the GIN index over the people's lines only, as SQLite's FTS5 index
    /// (<see cref="Transcripts.TranscriptSearchSql.PersonLine"/>); <see cref="TranscriptSearchOverEveryLine"/> is its Down.
    /// </summary>
    public static readonly string TranscriptSearchOverPeoplesLines = $"""
        DROP INDEX IF EXISTS ix_transcript_entries_search;
        CREATE INDEX ix_transcript_entries_search ON transcript_entries USING GIN (to_tsvector('npsbot_search', coalesce(text, '')))
        WHERE {Transcripts.TranscriptSearchSql.PersonLine(null)};
        """;

    public const string TranscriptSearchOverEveryLine = """
        DROP INDEX IF EXISTS ix_transcript_entries_search;
        CREATE INDEX ix_transcript_entries_search ON transcript_entries USING GIN (to_tsvector('npsbot_search', coalesce(text, '')));
        """;
}
