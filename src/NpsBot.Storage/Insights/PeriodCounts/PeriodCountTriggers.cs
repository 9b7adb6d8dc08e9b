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
    private static string SqliteWeekOf(SqliteTimes times, string row) => times.Date($"{row}.started_at", "'weekday 0'", "'-6 days'");
    private static string SqliteMonthOf(SqliteTimes times, string row) => times.Date($"{row}.started_at", "'start of month'");

    /// <summary>The triggers, reading <c>started_at</c> as stored then (<see cref="SqliteTimes"/>).</summary>
    public static string SqliteCreate(SqliteTimes times) =>
        SqliteRollupTriggers.Create("response_period_counts", SqliteAddNew(times), SqliteRemoveOld(times));

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

    public static string PostgresCreate => PostgresRollupTriggers.Create("response_period_counts", Key, PostgresCells);

    public static string PostgresDrop => PostgresRollupTriggers.Drop("response_period_counts");

    public const string PostgresRebuild = $"""
        DELETE FROM response_period_counts;
        INSERT INTO response_period_counts ({Columns})
        SELECT 'w', date_trunc('week', day::timestamp)::date, channel_id, locale, theme, category, score, sum(responses)::int, sum(completed)::int
        FROM response_day_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
        INSERT INTO response_period_counts ({Columns})
        SELECT 'm', date_trunc('month', day::timestamp)::date, channel_id, locale, theme, category, score, sum(responses)::int, sum(completed)::int
        FROM response_day_counts GROUP BY 1, 2, 3, 4, 5, 6, 7;
        """;

    private static string SqliteAddNew(SqliteTimes times) => $"""
        INSERT INTO response_period_counts ({Columns})
            SELECT grain, start, NEW.channel_id, coalesce(NEW.locale, ''), coalesce(NEW.theme, ''), NEW.category, coalesce(NEW.score, -1),
                   1, NEW.outcome = 'completed'
            FROM (SELECT 'w' AS grain, {SqliteWeekOf(times, "NEW")} AS start UNION ALL SELECT 'm', {SqliteMonthOf(times, "NEW")})
            WHERE NEW.category IS NOT NULL
            ON CONFLICT ({Key}) DO UPDATE SET responses = responses + 1, completed = completed + excluded.completed;
        """;

    private const string SqliteOldKey = """
        channel_id = OLD.channel_id AND locale = coalesce(OLD.locale, '') AND theme = coalesce(OLD.theme, '')
              AND category = OLD.category AND score = coalesce(OLD.score, -1)
        """;

    private static string SqliteRemoveOld(SqliteTimes times) => $"""
        {SqliteRemoveOldFrom("'w'", SqliteWeekOf(times, "OLD"))}
            {SqliteRemoveOldFrom("'m'", SqliteMonthOf(times, "OLD"))}
        """;

    // One UPDATE and one DELETE per grain (each an index seek on the key), not one statement with an OR of both.
    private static string SqliteRemoveOldFrom(string grain, string start) => $"""
        UPDATE response_period_counts SET responses = responses - 1, completed = completed - (OLD.outcome = 'completed')
            WHERE OLD.category IS NOT NULL AND grain = {grain} AND start = {start} AND {SqliteOldKey};
            DELETE FROM response_period_counts WHERE responses = 0 AND grain = {grain} AND start = {start} AND {SqliteOldKey};
        """;

    // A transition table's scored rows as cells of this rollup, one per grain (Monday weeks and months, UTC), each
    // counted with the sign (1 arrives, -1 leaves).
    private static string PostgresCells(string rows, int sign) => $"""
        SELECT g.grain, date_trunc(CASE g.grain WHEN 'w' THEN 'week' ELSE 'month' END, r.started_at AT TIME ZONE 'UTC')::date AS start,
                           r.channel_id, coalesce(r.locale, '') AS locale, coalesce(r.theme, '') AS theme, r.category, coalesce(r.score, -1) AS score,
                           {sign} AS responses, {sign} * CASE WHEN r.outcome = 'completed' THEN 1 ELSE 0 END AS completed
                    FROM {rows} AS r CROSS JOIN (VALUES ('w'), ('m')) AS g(grain) WHERE r.category IS NOT NULL
        """;
}
