namespace NpsBot.Storage.Insights.DayCounts;

/// <summary>
/// The triggers that keep <c>response_day_counts</c> (the dashboard's daily rollup, issue 10) equal to a GROUP BY over
/// the scored rows of <c>survey_responses</c>, for SQLite and PostgreSQL. Hand-written because EF Core has no model for
/// triggers; a trigger because responses are written by several paths (the turn store's SQL, EF Core for theme
/// relabels and privacy, seed-demo's bulk writer, retention's deletes): the trigger runs inside whichever transaction
/// inserts, changes or deletes a response, so the rollup can never drift from the rows. Created (with a backfill) by
/// the <c>DashboardDayCounts</c> migration of each provider.
/// A cell's key: the UTC day the survey started, channel, locale ('' for none), theme ('' for none), category,
/// score (-1 for none); its values: responses and completed ones. Only scored rows (category not null) count,
/// as in every NPS figure.
/// </summary>
public static class DayCountTriggers
{
    private const string Columns = "day, channel_id, locale, theme, category, score, responses, completed";
    private const string Key = "day, channel_id, locale, theme, category, score";

    /// <summary>The triggers, reading <c>started_at</c> as stored then (<see cref="SqliteTimes"/>).</summary>
    public static string SqliteCreate(SqliteTimes times) =>
        SqliteRollupTriggers.Create("response_day_counts", SqliteAddNew(times), SqliteRemoveOld(times));

    public static string SqliteDrop => SqliteRollupTriggers.Drop("response_day_counts");

    /// <summary>Empties the rollup and fills it again from the rows (the migration's backfill; a repair).</summary>
    public static string SqliteRebuild(SqliteTimes times) => $"""
        DELETE FROM response_day_counts;
        INSERT INTO response_day_counts ({Columns})
        SELECT {times.Date("started_at")}, channel_id, coalesce(locale, ''), coalesce(theme, ''), category, coalesce(score, -1),
               count(*), sum(outcome = 'completed')
        FROM survey_responses WHERE category IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6;
        """;

    public static string PostgresCreate => PostgresRollupTriggers.Create("response_day_counts", Key, PostgresCells);

    public static string PostgresDrop => PostgresRollupTriggers.Drop("response_day_counts");

    public const string PostgresRebuild = $"""
        DELETE FROM response_day_counts;
        INSERT INTO response_day_counts ({Columns})
        SELECT (started_at AT TIME ZONE 'UTC')::date, channel_id, coalesce(locale, ''), coalesce(theme, ''), category, coalesce(score, -1),
               count(*)::int, sum(CASE WHEN outcome = 'completed' THEN 1 ELSE 0 END)::int
        FROM survey_responses WHERE category IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6;
        """;

    private static string SqliteAddNew(SqliteTimes times) => $"""
        INSERT INTO response_day_counts ({Columns})
            SELECT {times.Date("NEW.started_at")}, NEW.channel_id, coalesce(NEW.locale, ''), coalesce(NEW.theme, ''), NEW.category, coalesce(NEW.score, -1),
                   1, NEW.outcome = 'completed'
            WHERE NEW.category IS NOT NULL
            ON CONFLICT ({Key}) DO UPDATE SET responses = responses + 1, completed = completed + excluded.completed;
        """;

    private static string SqliteOldKey(SqliteTimes times) => $"""
        day = {times.Date("OLD.started_at")} AND channel_id = OLD.channel_id AND locale = coalesce(OLD.locale, '') AND theme = coalesce(OLD.theme, '')
              AND category = OLD.category AND score = coalesce(OLD.score, -1)
        """;

    private static string SqliteRemoveOld(SqliteTimes times) => $"""
        UPDATE response_day_counts SET responses = responses - 1, completed = completed - (OLD.outcome = 'completed')
            WHERE OLD.category IS NOT NULL AND {SqliteOldKey(times)};
            DELETE FROM response_day_counts WHERE responses = 0 AND {SqliteOldKey(times)};
        """;

    // A transition table's scored rows as cells of this rollup, each counted with the sign (1 arrives, -1 leaves).
    private static string PostgresCells(string rows, int sign) => $"""
        SELECT (r.started_at AT TIME ZONE 'UTC')::date AS day, r.channel_id, coalesce(r.locale, '') AS locale, coalesce(r.theme, '') AS theme,
                           r.category, coalesce(r.score, -1) AS score,
                           {sign} AS responses, {sign} * CASE WHEN r.outcome = 'completed' THEN 1 ELSE 0 END AS completed
                    FROM {rows} AS r WHERE r.category IS NOT NULL
        """;
}
