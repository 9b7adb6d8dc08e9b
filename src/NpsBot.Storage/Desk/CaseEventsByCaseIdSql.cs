namespace NpsBot.Storage.Desk;

/// <summary>
/// The SQL of the migration <c>CaseEventsByCaseId</c> (issue 13, disk): each case event's <c>case_key</c> becomes the
/// case's <c>id</c>. An event whose case is gone (none is, forget deletes both) cannot be named by id and is dropped; the
/// way down names each event's case by its key again.
/// </summary>
public static class CaseEventsByCaseIdSql
{
    public const string Fill = """
        UPDATE case_events SET case_id = coalesce((SELECT c.id FROM cases c WHERE c.case_key = case_events.case_key), 0);
        DELETE FROM case_events WHERE case_id = 0;
        """;

    public const string FillKeys = """
        UPDATE case_events SET case_key = coalesce((SELECT c.case_key FROM cases c WHERE c.id = case_events.case_id), '');
        """;

    /// <summary>SQLite, in place: the column added and filled, the key's index and column dropped, the id's index created.</summary>
    public const string SqliteUp = $"""
        ALTER TABLE case_events ADD COLUMN case_id INTEGER NOT NULL DEFAULT 0;
        {Fill}
        DROP INDEX IF EXISTS IX_case_events_case_key;
        ALTER TABLE case_events DROP COLUMN case_key;
        CREATE INDEX IX_case_events_case_id ON case_events (case_id);
        """;

    public const string SqliteDown = $"""
        ALTER TABLE case_events ADD COLUMN case_key TEXT NOT NULL DEFAULT '';
        {FillKeys}
        DROP INDEX IF EXISTS IX_case_events_case_id;
        ALTER TABLE case_events DROP COLUMN case_id;
        CREATE INDEX IX_case_events_case_key ON case_events (case_key);
        """;
}
