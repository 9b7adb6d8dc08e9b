namespace NpsBot.Storage.Themes;

/// <summary>
/// The turn store's theme-label statements, run right after the response's upsert in the turn's transaction. A label is
/// added only when it is new: the model's guess when it differs from the response's newest model label, the customer's
/// theme when it differs from their newest one (the response row is rewritten every turn; its labels are not).
/// </summary>
internal static class ThemeLabelSql
{
    public const string InsertModelLabel = """
        INSERT INTO theme_labels (response_id, theme, source, model_version, evidence, confidence, at)
        SELECT r.id, $theme, $source, $model_version, $evidence, $confidence, $at
        FROM survey_responses AS r
        WHERE r.response_key = $response_key AND $theme IS NOT NULL
          AND $theme IS DISTINCT FROM (SELECT l.theme FROM theme_labels AS l
                             WHERE l.response_id = r.id AND l.source IN ('language-model', 'offline-model', 'model')
                             ORDER BY l.id DESC LIMIT 1)
        """;

    public const string InsertCustomerLabel = """
        INSERT INTO theme_labels (response_id, theme, source, evidence, at)
        SELECT r.id, $theme, 'customer-confirmed', $evidence, $at
        FROM survey_responses AS r
        WHERE r.response_key = $response_key AND $theme IS NOT NULL
          AND $theme IS DISTINCT FROM (SELECT l.theme FROM theme_labels AS l
                             WHERE l.response_id = r.id AND l.source = 'customer-confirmed'
                             ORDER BY l.id DESC LIMIT 1)
        """;
}
