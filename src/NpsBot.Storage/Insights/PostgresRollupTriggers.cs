namespace NpsBot.Storage.Insights;

/// <summary>
/// The PostgreSQL triggers on <c>survey_responses</c> that keep a dashboard rollup (the daily one and the weekly/monthly
/// one) in step with its rows: statement-level, with transition tables. Each statement that inserts, deletes or updates
/// responses sums its rows per cell (+1 for a row that arrives, −1 for a row that leaves) and changes each cell once,
/// in key order (so two writers lock shared cells in the same order). Row-level triggers that upsert a cell per row were
/// quadratic in a bulk write on PostgreSQL: every update of the same cell in one transaction adds a row version the
/// next one walks past (100 000 inserted responses took minutes; seed-demo, retention, a theme relabel, forgetting).
/// A statement that changes no key column (most turns) nets every cell to zero and writes nothing.
/// </summary>
internal static class PostgresRollupTriggers
{
    /// <summary>
    /// The function <paramref name="table"/>_apply and its three triggers. <paramref name="cellsOf"/> selects, from a
    /// transition table ("new_rows" or "old_rows") and a sign (1 or -1), the <paramref name="key"/> columns of each
    /// scored row's cells and its "responses" and "completed" counts, times the sign.
    /// </summary>
    public static string Create(string table, string key, Func<string, int, string> cellsOf)
    {
        ArgumentNullException.ThrowIfNull(cellsOf);
        string added = cellsOf("new_rows", 1), removed = cellsOf("old_rows", -1);
        return $$"""
            CREATE OR REPLACE FUNCTION {{table}}_apply() RETURNS trigger LANGUAGE plpgsql AS $body$
            BEGIN
                IF TG_OP = 'INSERT' THEN
                    {{Add(table, key, added)}}
                ELSIF TG_OP = 'DELETE' THEN
                    {{Add(table, key, removed)}}
                    {{DeleteEmpty(table, key, removed)}}
                ELSE
                    {{Add(table, key, added + " UNION ALL " + removed)}}
                    {{DeleteEmpty(table, key, removed)}}
                END IF;
                RETURN NULL;
            END
            $body$;

            CREATE TRIGGER {{table}}_after_insert AFTER INSERT ON survey_responses
            REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {{table}}_apply();

            CREATE TRIGGER {{table}}_after_delete AFTER DELETE ON survey_responses
            REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION {{table}}_apply();

            CREATE TRIGGER {{table}}_after_update AFTER UPDATE ON survey_responses
            REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION {{table}}_apply();
            """;
    }

    /// <summary>Drops these triggers and the row-level ones they replaced (<c>_on_insert_delete</c>, <c>_on_update</c>, <c>_keep()</c>).</summary>
    public static string Drop(string table) => $"""
        DROP TRIGGER IF EXISTS {table}_on_insert_delete ON survey_responses;
        DROP TRIGGER IF EXISTS {table}_on_update ON survey_responses;
        DROP FUNCTION IF EXISTS {table}_keep();
        DROP TRIGGER IF EXISTS {table}_after_insert ON survey_responses;
        DROP TRIGGER IF EXISTS {table}_after_delete ON survey_responses;
        DROP TRIGGER IF EXISTS {table}_after_update ON survey_responses;
        DROP FUNCTION IF EXISTS {table}_apply();
        """;

    // The statement's net change per cell, added to the cell (created when new).
    private static string Add(string table, string key, string cells) => $"""
        INSERT INTO {table} AS cell ({key}, responses, completed)
                    SELECT {key}, sum(responses)::int, sum(completed)::int FROM ({cells}) AS change
                    GROUP BY {key} HAVING sum(responses) <> 0 OR sum(completed) <> 0
                    ORDER BY {key}
                    ON CONFLICT ({key}) DO UPDATE SET responses = cell.responses + excluded.responses, completed = cell.completed + excluded.completed;
        """;

    // Only a cell that lost rows can have reached zero.
    private static string DeleteEmpty(string table, string key, string removedCells)
    {
        var sameKey = string.Join(" AND ", key.Split(", ").Select(column => $"cell.{column} = gone.{column}"));
        return $"""
            DELETE FROM {table} AS cell USING (SELECT DISTINCT {key} FROM ({removedCells}) AS removed) AS gone
                        WHERE cell.responses = 0 AND {sameKey};
            """;
    }
}
