using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Handback;

namespace NpsBot.Storage.Transcripts;

/// <summary>
/// Every provider-specific statement of transcript search, for SQLite FTS5 (the PostgreSQL equivalent, a tsvector with
/// a GIN index, goes beside these). <c>transcript_fts</c> is an external-content FTS5 index over the redacted
/// <c>transcript_entries.text</c> (never <c>raw_text</c>), kept in sync by triggers, so the turn store's hand-written
/// INSERT and the eraser's DELETE need no change. The <c>unicode61 remove_diacritics 2</c> tokenizer folds case and
/// accents: "recu" finds "reçu". EF Core has no FTS5 support, so this is written by hand.
/// </summary>
internal static class TranscriptSearchSql
{
    /// <summary>
    /// Run by the migration that adds transcript search; idempotent, and indexes the lines already stored. Every line:
    /// since <c>SearchPeoplesLines</c> the index is <see cref="CreatePeopleIndex"/> (this text stays for the earlier
    /// migrations and that one's Down).
    /// <c>columnsize = 0</c> (issue 13, disk): no <c>transcript_fts_docsize</c> table (a row per line, about 9 bytes each);
    /// the rank of the best snippet, the only user of a line's size, reads it from the matching lines' text instead.
    /// The migration <c>CompactStorage</c> drops and creates the index again with this option.
    /// </summary>
    public const string CreateIndex = """
        CREATE VIRTUAL TABLE IF NOT EXISTS transcript_fts USING fts5(
            text, content = 'transcript_entries', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
            columnsize = 0);

        CREATE TRIGGER IF NOT EXISTS transcript_fts_insert AFTER INSERT ON transcript_entries
        WHEN new.text IS NOT NULL BEGIN
            INSERT INTO transcript_fts (rowid, text) VALUES (new.id, new.text);
        END;

        CREATE TRIGGER IF NOT EXISTS transcript_fts_delete AFTER DELETE ON transcript_entries
        WHEN old.text IS NOT NULL BEGIN
            INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TRIGGER IF NOT EXISTS transcript_fts_update AFTER UPDATE OF text ON transcript_entries BEGIN
            INSERT INTO transcript_fts (transcript_fts, rowid, text) SELECT 'delete', old.id, old.text WHERE old.text IS NOT NULL;
            INSERT INTO transcript_fts (rowid, text) SELECT new.id, new.text WHERE new.text IS NOT NULL;
        END;

        INSERT INTO transcript_fts (transcript_fts) VALUES ('rebuild');
        """;

    /// <summary>
    /// The lines people wrote (issue 13, disk): the customer's (inbound) and the agents' (relayed by the desk, whose
    /// activity ids start with <c>desk|msg|</c>, as <c>TranscriptRoles</c> tells them apart). The bot's own lines are
    /// the same questions in every conversation and were three quarters of the index; search is for what people wrote.
    /// <paramref name="row"/> qualifies the columns (<c>new</c>, <c>old</c>, <c>t</c>; null: none, as in an index's
    /// condition). The PostgreSQL index and queries use the same test.
    /// </summary>
    internal static string PersonLine(string? row)
    {
        var column = row is null ? "" : row + ".";
        const string agent = DeskEvents.AgentMessageIdPrefix;
        return $"({column}direction = '{TranscriptEntry.Inbound}' OR substr({column}activity_id, 1, {agent.Length}) = '{agent}')";
    }

    /// <summary>
    /// Run by the migration <c>SearchPeoplesLines</c>: the index of <see cref="CreateIndex"/> over the people's lines only
    /// (<see cref="PersonLine"/>), filled from the lines already stored (FTS5's <c>rebuild</c> would index every line of
    /// the content table, so the lines are inserted). Run after <see cref="DropIndex"/>.
    /// </summary>
    public static string CreatePeopleIndex => $"""
        CREATE VIRTUAL TABLE IF NOT EXISTS transcript_fts USING fts5(
            text, content = 'transcript_entries', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
            columnsize = 0);

        CREATE TRIGGER IF NOT EXISTS transcript_fts_insert AFTER INSERT ON transcript_entries
        WHEN new.text IS NOT NULL AND {PersonLine("new")} BEGIN
            INSERT INTO transcript_fts (rowid, text) VALUES (new.id, new.text);
        END;

        CREATE TRIGGER IF NOT EXISTS transcript_fts_delete AFTER DELETE ON transcript_entries
        WHEN old.text IS NOT NULL AND {PersonLine("old")} BEGIN
            INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TRIGGER IF NOT EXISTS transcript_fts_update AFTER UPDATE OF text, direction, activity_id ON transcript_entries BEGIN
            INSERT INTO transcript_fts (transcript_fts, rowid, text)
            SELECT 'delete', old.id, old.text WHERE old.text IS NOT NULL AND {PersonLine("old")};
            INSERT INTO transcript_fts (rowid, text) SELECT new.id, new.text WHERE new.text IS NOT NULL AND {PersonLine("new")};
        END;

        INSERT INTO transcript_fts (rowid, text)
        SELECT t.id, t.text FROM transcript_entries AS t WHERE t.text IS NOT NULL AND {PersonLine("t")};
        """;

    /// <summary>
    /// Run by the migration <c>IndexLinesAtCommit</c> (issue 13, CPU): the people's lines are no longer indexed one by one
    /// by a trigger but by their writer, all of a transaction's at once, with an insert (now <see cref="IndexPendingLines"/>) just before
    /// it commits. FTS5 writes what it has pending as a new segment at every statement and savepoint of the transaction
    /// that follows an insert into it, so the trigger wrote a segment per line (and merged them later); one INSERT at
    /// the end of a group commit writes one. The delete and update triggers stay.
    /// </summary>
    public const string DropInsertTrigger = "DROP TRIGGER IF EXISTS transcript_fts_insert;";

    /// <summary>
    /// Run by the migration <c>IndexLinesBySecond</c> (issue 13, CPU): the people's lines are indexed once a second (and
    /// before a search), not at every commit (an FTS5 segment per commit was about 11 statements and 4 pages of every
    /// group commit). <c>transcript_fts_mark</c> holds the last line the index has (ids are AUTOINCREMENT: never
    /// reused); the delete and update triggers touch the index only for lines at or below it, since a 'delete' of a
    /// row an external-content index never held corrupts it. Every line stored so far is indexed when this runs.
    /// </summary>
    public static string IndexBySecond => $"""
        CREATE TABLE IF NOT EXISTS transcript_fts_mark (id INTEGER PRIMARY KEY CHECK (id = 1), line_id INTEGER NOT NULL);
        INSERT OR IGNORE INTO transcript_fts_mark (id, line_id) SELECT 1, COALESCE(MAX(id), 0) FROM transcript_entries;
        DROP TRIGGER IF EXISTS transcript_fts_delete;
        DROP TRIGGER IF EXISTS transcript_fts_update;
        {Triggers("AND old.id <= (SELECT line_id FROM transcript_fts_mark)", "AND new.id <= (SELECT line_id FROM transcript_fts_mark)")}
        """;

    /// <summary>Down of <c>IndexLinesBySecond</c>: the lines still pending indexed, the triggers as they were, no mark.</summary>
    public static string IndexAtCommit => $"""
        {IndexPendingLines};
        DROP TRIGGER IF EXISTS transcript_fts_delete;
        DROP TRIGGER IF EXISTS transcript_fts_update;
        {Triggers("", "")}
        DROP TABLE IF EXISTS transcript_fts_mark;
        """;

    private static string Triggers(string oldIndexed, string newIndexed) => $"""
        CREATE TRIGGER IF NOT EXISTS transcript_fts_delete AFTER DELETE ON transcript_entries
        WHEN old.text IS NOT NULL AND {PersonLine("old")} {oldIndexed} BEGIN
            INSERT INTO transcript_fts (transcript_fts, rowid, text) VALUES ('delete', old.id, old.text);
        END;

        CREATE TRIGGER IF NOT EXISTS transcript_fts_update AFTER UPDATE OF text, direction, activity_id ON transcript_entries BEGIN
            INSERT INTO transcript_fts (transcript_fts, rowid, text)
            SELECT 'delete', old.id, old.text WHERE old.text IS NOT NULL AND {PersonLine("old")} {oldIndexed};
            INSERT INTO transcript_fts (rowid, text) SELECT new.id, new.text WHERE new.text IS NOT NULL AND {PersonLine("new")} {newIndexed};
        END;
        """;

    /// <summary>Indexes the people's lines (<see cref="PersonLine"/>) after <c>transcript_fts_mark</c>; <see cref="MoveMark"/> follows it in the same transaction.</summary>
    public static string IndexPendingLines => $"""
        INSERT INTO transcript_fts (rowid, text)
        SELECT t.id, t.text FROM transcript_entries AS t
        WHERE t.id > (SELECT line_id FROM transcript_fts_mark) AND t.text IS NOT NULL AND {PersonLine("t")}
        """;

    /// <summary>The mark moved to the newest line (never back: the newest lines may have been erased since).</summary>
    public const string MoveMark = "UPDATE transcript_fts_mark SET line_id = MAX(line_id, (SELECT COALESCE(MAX(id), 0) FROM transcript_entries))";

    public const string DropIndex = """
        DROP TRIGGER IF EXISTS transcript_fts_update;
        DROP TRIGGER IF EXISTS transcript_fts_delete;
        DROP TRIGGER IF EXISTS transcript_fts_insert;
        DROP TABLE IF EXISTS transcript_fts;
        """;

    /// <summary>
    /// The transcript lines matching an FTS5 query ({0}: the sanitised query, see <see cref="FtsQuery"/>), as
    /// <c>transcript_entries</c> rows so EF Core composes the filter over them.
    /// </summary>
    public const string MatchingLines = """
        SELECT t.* FROM transcript_entries AS t
        WHERE t.id IN (SELECT rowid FROM transcript_fts WHERE transcript_fts MATCH {0})
        """;

    /// <summary>
    /// The best matching line of one conversation, its matches wrapped in [[ ]], about 16 words around them. The
    /// conversation's own lines (a handful, by <c>IX_transcript_entries_conversation_number</c>) are looked up in the
    /// index by rowid, each with the query: the cost no longer grows with every line in the database that matches
    /// (the earlier join scanned all matches, 87,745 lines for "delivery" at 1M responses, once per hit).
    /// </summary>
    public const string BestSnippet = """
        SELECT snippet(transcript_fts, 0, '[[', ']]', '…', 16)
        FROM transcript_fts
        WHERE transcript_fts MATCH $query
          AND rowid IN (SELECT id FROM transcript_entries
                        WHERE conversation_number = (SELECT number FROM conversations WHERE conversation_key = $key))
        ORDER BY rank
        LIMIT 1
        """;
}
