namespace NpsBot.Storage.Insights.PeriodCounts;

/// <summary>
/// The triggers that keep <c>response_period_counts</c> (the dashboard's weekly and monthly rollup, issue 10) equal to a
/// GROUP BY over the scored rows of <c>survey_responses</c> per week (starting Monday, UTC) and per month, for SQLite
/// and PostgreSQL: the same cells and the same reasons as <see cref="DayCounts.DayCountTriggers"/> (several write paths,
/// one transaction with the row), at a coarser grain. Created (with a backfill) by the <c>DashboardPeriodCounts</c>
/// migration of each provider. Hand-written because EF Core has no model for triggers.
/// </summary>
public static class PeriodCountTriggers
{
    private const string Columns = "grain, start, channel_id, locale, theme, category, score, responses, completed";
    private const string Key = "grain, start, channel_id, locale, theme, category, score";

    // SQLite: 'weekday 0' moves forward to the next Sunday (or stays on one), six days back is that week's Monday.
    private const string SqliteWeekOfNew = "date(NEW.started_at, 'weekday 0', '-6 days')";
    private const string SqliteMonthOfNew = "date(NEW.started_at, 'start of month')";
    private const string SqliteWeekOfOld = "date(OLD.started_at, 'weekday 0', '-6 days')";
    private const string SqliteMonthOfOld = "date(OLD.started_at, 'start of month')";

    public static string SqliteCreate => SqliteRollupTriggers.Create("response_period_counts", SqliteAddNew, SqliteRemoveOld);

    public static string SqliteDrop => SqliteRollupTriggers.Drop("response_period_counts");

    /// <summary>Empties the rollup and fills it again from the daily rollup (the migration's backfill; a repair).</summary>
    public const string SqliteRebuild = $"""
        DELETE FROM response_period_counts;
        INSERT INTO response_period_counts ({Columns})
        SELECT 'w', date(day, 'weekday 0', '-6 days'), channel_id, locale, theme, category, score, sum(responses), sum(completed)
        FROM response_day_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
        INSERT INTO response_period_counts ({Columns})
        SELECT 'm', date(day, 'start of month'), channel_id, locale, theme, category, score, sum(responses), sum(completed)
        FROM response_day_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
        """;

    public const string PostgresCreate = $$"""
        CREATE OR REPLACE FUNCTION response_period_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $body$
        DECLARE
            v_grain text;
            v_old_start date;
            v_new_start date;
        BEGIN
            FOREACH v_grain IN ARRAY ARRAY['w', 'm'] LOOP
                IF TG_OP <> 'INSERT' AND OLD.category IS NOT NULL THEN
                    v_old_start := date_trunc(CASE v_grain WHEN 'w' THEN 'week' ELSE 'month' END, OLD.started_at AT TIME ZONE 'UTC')::date;
                    UPDATE response_period_counts
                    SET responses = responses - 1, completed = completed - CASE WHEN OLD.outcome = 'completed' THEN 1 ELSE 0 END
                    WHERE {{PostgresOldKey}};
                    DELETE FROM response_period_counts WHERE {{PostgresOldKey}} AND responses = 0;
                END IF;
                IF TG_OP <> 'DELETE' AND NEW.category IS NOT NULL THEN
                    v_new_start := date_trunc(CASE v_grain WHEN 'w' THEN 'week' ELSE 'month' END, NEW.started_at AT TIME ZONE 'UTC')::date;
                    INSERT INTO response_period_counts AS cell ({{Columns}})
                    VALUES (v_grain, v_new_start, NEW.channel_id, coalesce(NEW.locale, ''), coalesce(NEW.theme, ''),
                            NEW.category, coalesce(NEW.score, -1), 1, CASE WHEN NEW.outcome = 'completed' THEN 1 ELSE 0 END)
                    ON CONFLICT ({{Key}}) DO UPDATE
                    SET responses = cell.responses + 1, completed = cell.completed + excluded.completed;
                END IF;
            END LOOP;
            RETURN NULL;
        END
        $body$;

        CREATE TRIGGER response_period_counts_on_insert_delete AFTER INSERT OR DELETE ON survey_responses
        FOR EACH ROW EXECUTE FUNCTION response_period_counts_keep();

        CREATE TRIGGER response_period_counts_on_update AFTER UPDATE OF started_at, channel_id, locale, theme, category, score, outcome ON survey_responses
        FOR EACH ROW WHEN (OLD.started_at IS DISTINCT FROM NEW.started_at OR OLD.channel_id IS DISTINCT FROM NEW.channel_id
            OR OLD.locale IS DISTINCT FROM NEW.locale OR OLD.theme IS DISTINCT FROM NEW.theme OR OLD.category IS DISTINCT FROM NEW.category
            OR OLD.score IS DISTINCT FROM NEW.score OR OLD.outcome IS DISTINCT FROM NEW.outcome)
        EXECUTE FUNCTION response_period_counts_keep();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS response_period_counts_on_insert_delete ON survey_responses;
        DROP TRIGGER IF EXISTS response_period_counts_on_update ON survey_responses;
        DROP FUNCTION IF EXISTS response_period_counts_keep();
        """;

    public const string PostgresRebuild = $"""
        DELETE FROM response_period_counts;
        INSERT INTO response_period_counts ({Columns})
        SELECT 'w', date_trunc('week', day::timestamp)::date, channel_id, locale, theme, category, score, sum(responses)::int, sum(completed)::int
        FROM response_day_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
        INSERT INTO response_period_counts ({Columns})
        SELECT 'm', date_trunc('month', day::timestamp)::date, channel_id, locale, theme, category, score, sum(responses)::int, sum(completed)::int
        FROM response_day_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
        """;

    private const string SqliteAddNew = $"""
        INSERT INTO response_period_counts ({Columns})
            SELECT grain, start, NEW.channel_id, coalesce(NEW.locale, ''), coalesce(NEW.theme, ''), NEW.category, coalesce(NEW.score, -1),
                   1, NEW.outcome = 'completed'
            FROM (SELECT 'w' AS grain, {SqliteWeekOfNew} AS start UNION ALL SELECT 'm', {SqliteMonthOfNew})
            WHERE NEW.category IS NOT NULL
            ON CONFLICT ({Key}) DO UPDATE SET responses = responses + 1, completed = completed + excluded.completed;
        """;

    private const string SqliteOldKey = """
        channel_id = OLD.channel_id AND locale = coalesce(OLD.locale, '') AND theme = coalesce(OLD.theme, '')
              AND category = OLD.category AND score = coalesce(OLD.score, -1)
        """;

    private static string SqliteRemoveOld => $"""
        {SqliteRemoveOldFrom("'w'", SqliteWeekOfOld)}
            {SqliteRemoveOldFrom("'m'", SqliteMonthOfOld)}
        """;

    // One UPDATE and one DELETE per grain (each an index seek on the key), not one statement with an OR of both.
    private static string SqliteRemoveOldFrom(string grain, string start) => $"""
        UPDATE response_period_counts SET responses = responses - 1, completed = completed - (OLD.outcome = 'completed')
            WHERE OLD.category IS NOT NULL AND grain = {grain} AND start = {start} AND {SqliteOldKey};
            DELETE FROM response_period_counts WHERE responses = 0 AND grain = {grain} AND start = {start} AND {SqliteOldKey};
        """;

    private const string PostgresOldKey = """
        grain = v_grain AND start = v_old_start AND channel_id = OLD.channel_id AND locale = coalesce(OLD.locale, '')
                      AND theme = coalesce(OLD.theme, '') AND category = OLD.category AND score = coalesce(OLD.score, -1)
        """;
}
