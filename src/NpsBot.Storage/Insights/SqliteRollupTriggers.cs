namespace NpsBot.Storage.Insights;

/// <summary>
/// The three SQLite triggers on <c>survey_responses</c> that keep a dashboard rollup (the daily one and the weekly/monthly
/// one) in step with its rows; each rollup supplies its own statements for a row that arrives and a row that leaves.
/// </summary>
internal static class SqliteRollupTriggers
{
    /// <summary>Triggers named <paramref name="table"/>_on_insert, _on_delete and _on_update.</summary>
    public static string Create(string table, string addNew, string removeOld) => $"""
        CREATE TRIGGER {table}_on_insert AFTER INSERT ON survey_responses
        WHEN NEW.category IS NOT NULL
        BEGIN
            {addNew}
        END;

        CREATE TRIGGER {table}_on_delete AFTER DELETE ON survey_responses
        WHEN OLD.category IS NOT NULL
        BEGIN
            {removeOld}
        END;

        CREATE TRIGGER {table}_on_update AFTER UPDATE OF started_at, channel_id, locale, theme, category, score, outcome ON survey_responses
        WHEN OLD.started_at IS NOT NEW.started_at OR OLD.channel_id IS NOT NEW.channel_id OR OLD.locale IS NOT NEW.locale
          OR OLD.theme IS NOT NEW.theme OR OLD.category IS NOT NEW.category OR OLD.score IS NOT NEW.score OR OLD.outcome IS NOT NEW.outcome
        BEGIN
            {removeOld}
            {addNew}
        END;
        """;

    public static string Drop(string table) => $"""
        DROP TRIGGER IF EXISTS {table}_on_insert;
        DROP TRIGGER IF EXISTS {table}_on_delete;
        DROP TRIGGER IF EXISTS {table}_on_update;
        """;
}
