namespace NpsBot.Storage.Insights.CaseFacts;

/// <summary>
/// The triggers that keep <c>case_step_counts</c> (the dashboard's case rollup, issue 10) equal to a GROUP BY over the
/// cases that have a response (<c>response_started_at</c> set by <see cref="CaseFactTriggers"/>): per steps, response
/// category, channel, locale, theme and score, assignee and rating agent, the cases, the rated ones and their ratings'
/// sum. Triggers for the same reasons as the case facts (several write paths, one transaction with the row); created (with
/// a backfill) by the <c>DashboardCaseStepCounts</c> migration of each provider.
/// SQLite: one row trigger per event that adds the new row's share and takes away the old one's with an upsert each (a
/// cell may go below zero for a moment: the case facts trigger rewrites the same row from inside the statement, and the
/// order in which both fire does not matter to a sum); a cell whose sums are all zero is deleted.
/// PostgreSQL: statement triggers with transition tables, the rows of a statement summed per cell first, so a bulk
/// write upserts each cell once (row triggers upserting one shared cell per row are quadratic there). The same idea as
/// <c>PostgresRollupTriggers.Create</c> but not built by it: that one is on <c>survey_responses</c> with two int sums,
/// this one on <c>cases</c> with three (one a bigint) and an early return for the case facts' updates that touch no
/// case; and the function and trigger names (<c>case_step_counts_keep</c>, <c>_on_insert</c>...) are in databases
/// already migrated by <c>DashboardCaseStepCounts</c>, whose SQL a shared builder would change under them.
/// </summary>
public static class CaseStepCountTriggers
{
    private const string Key = "case_steps, category, channel_id, locale, theme, score, assignee, rating_agent";

    private const string Columns = Key + ", cases, rated, rating_sum";

    /// <summary>The case columns the cell and its sums are read from: an update of any of them moves the case.</summary>
    private const string SourceColumns =
        "response_started_at, response_category, response_channel_id, response_locale, response_theme, response_score, case_steps, assignee, help_rating, help_rating_agent_id";

    /// <summary>A case row's cell (the key columns, in <see cref="Key"/>'s order; '' and -1 for nulls).</summary>
    private static string CellOf(string row) => $"""
        {row}.case_steps, coalesce({row}.response_category, ''), coalesce({row}.response_channel_id, ''), coalesce({row}.response_locale, ''),
        coalesce({row}.response_theme, ''), coalesce({row}.response_score, -1), coalesce({row}.assignee, ''), {RatingAgentOf(row)}
        """;

    /// <summary>A rating counts for the agent named at the give-back, when both are there (as the agents figure reads it).</summary>
    private static string RatingAgentOf(string row) => $"CASE WHEN {Rated(row)} THEN {row}.help_rating_agent_id ELSE '' END";

    private static string Rated(string row) => $"{row}.help_rating IS NOT NULL AND {row}.help_rating_agent_id IS NOT NULL";

    private static string RatedOf(string row) => $"CASE WHEN {Rated(row)} THEN 1 ELSE 0 END";

    private static string RatingOf(string row) => $"CASE WHEN {Rated(row)} THEN {row}.help_rating ELSE 0 END";

    /// <summary>A case row's share of its cell (cases, rated, rating_sum), times <paramref name="sign"/> (1 when it arrives, -1 when it leaves).</summary>
    private static string ShareOf(string row, int sign) => $"{sign}, {sign} * ({RatedOf(row)}), {sign} * ({RatingOf(row)})";

    /// <summary>The key columns of the table named <paramref name="alias"/>.</summary>
    private static string KeyOf(string alias) => string.Join(", ", Key.Split(", ").Select(column => $"{alias}.{column}"));

    private const string AddExcluded =
        "cases = case_step_counts.cases + excluded.cases, rated = case_step_counts.rated + excluded.rated, rating_sum = case_step_counts.rating_sum + excluded.rating_sum";

    private const string Empty = "cases = 0 AND rated = 0 AND rating_sum = 0";

    private static string SqliteShare(string row, int sign) => $"""
        INSERT INTO case_step_counts ({Columns})
            SELECT {CellOf(row)}, {ShareOf(row, sign)} WHERE {row}.response_started_at IS NOT NULL
            ON CONFLICT ({Key}) DO UPDATE SET {AddExcluded};
            DELETE FROM case_step_counts
            WHERE ({Key}) = ({CellOf(row)}) AND {Empty};
        """;

    public static string SqliteCreate => $"""
        CREATE TRIGGER case_step_counts_on_insert AFTER INSERT ON cases
        WHEN NEW.response_started_at IS NOT NULL
        BEGIN
            {SqliteShare("NEW", 1)}
        END;

        CREATE TRIGGER case_step_counts_on_delete AFTER DELETE ON cases
        WHEN OLD.response_started_at IS NOT NULL
        BEGIN
            {SqliteShare("OLD", -1)}
        END;

        CREATE TRIGGER case_step_counts_on_update AFTER UPDATE OF {SourceColumns} ON cases
        WHEN (OLD.response_started_at IS NULL, {CellOf("OLD")}, OLD.help_rating) IS NOT (NEW.response_started_at IS NULL, {CellOf("NEW")}, NEW.help_rating)
        BEGIN
            {SqliteShare("OLD", -1)}
            {SqliteShare("NEW", 1)}
        END;
        """;

    public const string SqliteDrop = """
        DROP TRIGGER IF EXISTS case_step_counts_on_insert;
        DROP TRIGGER IF EXISTS case_step_counts_on_delete;
        DROP TRIGGER IF EXISTS case_step_counts_on_update;
        """;

    /// <summary>Empties the rollup and fills it again from the cases (the migration's backfill; a repair). Both providers.</summary>
    public static string Rebuild => $"""
        DELETE FROM case_step_counts;
        INSERT INTO case_step_counts ({Columns})
        SELECT {CellOf("c")}, count(*), sum({RatedOf("c")}), sum({RatingOf("c")}) FROM cases c
        WHERE c.response_started_at IS NOT NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
        """;

    /// <summary>The rows of a transition table summed per cell, times <paramref name="sign"/>.</summary>
    private static string PostgresShares(string table, int sign) =>
        $"SELECT {CellOf("r")}, {ShareOf("r", sign)} FROM {table} r WHERE r.response_started_at IS NOT NULL";

    private static string PostgresUpsert(string shares) => $"""
        INSERT INTO case_step_counts AS cell ({Columns})
                SELECT {Key}, sum(cases), sum(rated), sum(rating_sum)
                FROM ({shares}) AS share ({Columns})
                GROUP BY {Key}
                HAVING sum(cases) <> 0 OR sum(rated) <> 0 OR sum(rating_sum) <> 0
                ON CONFLICT ({Key}) DO UPDATE
                SET cases = cell.cases + excluded.cases, rated = cell.rated + excluded.rated, rating_sum = cell.rating_sum + excluded.rating_sum;
        """;

    // Only a cell that lost a case can reach zero: the cells of the old rows are the ones to look at.
    private static readonly string PostgresDeleteEmpty = $"""
        DELETE FROM case_step_counts cell USING (SELECT DISTINCT {CellOf("r")} FROM old_rows r WHERE r.response_started_at IS NOT NULL) AS gone ({Key})
                WHERE ({KeyOf("cell")}) = ({KeyOf("gone")})
                  AND cell.cases = 0 AND cell.rated = 0 AND cell.rating_sum = 0;
        """;

    public static string PostgresCreate => $$"""
        CREATE OR REPLACE FUNCTION case_step_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $body$
        BEGIN
            -- The case facts' row triggers update cases once per response written, mostly matching no case: nothing to do then.
            IF TG_OP = 'INSERT' THEN
                IF NOT EXISTS (SELECT 1 FROM new_rows) THEN RETURN NULL; END IF;
                {{PostgresUpsert(PostgresShares("new_rows", 1))}}
            ELSIF TG_OP = 'DELETE' THEN
                IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
                {{PostgresUpsert(PostgresShares("old_rows", -1))}}
                {{PostgresDeleteEmpty}}
            ELSE
                IF NOT EXISTS (SELECT 1 FROM old_rows) THEN RETURN NULL; END IF;
                {{PostgresUpsert(PostgresShares("new_rows", 1) + " UNION ALL " + PostgresShares("old_rows", -1))}}
                {{PostgresDeleteEmpty}}
            END IF;
            RETURN NULL;
        END
        $body$;

        CREATE TRIGGER case_step_counts_on_insert AFTER INSERT ON cases
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_step_counts_keep();

        CREATE TRIGGER case_step_counts_on_update AFTER UPDATE ON cases
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_step_counts_keep();

        CREATE TRIGGER case_step_counts_on_delete AFTER DELETE ON cases
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_step_counts_keep();
        """;

    public const string PostgresDrop = """
        DROP TRIGGER IF EXISTS case_step_counts_on_insert ON cases;
        DROP TRIGGER IF EXISTS case_step_counts_on_update ON cases;
        DROP TRIGGER IF EXISTS case_step_counts_on_delete ON cases;
        DROP FUNCTION IF EXISTS case_step_counts_keep();
        """;
}
