namespace NpsBot.Storage.Transcripts;

/// <summary>
/// The data conversion of the migration <c>CompactTranscriptLines</c> (issue 13, disk), which EF Core cannot generate:
/// every conversation gets a <c>number</c>, every transcript line names it instead of the conversation's key, and a
/// line's time becomes Unix milliseconds. No line is dropped: a line whose conversation row is missing (the server
/// always writes both in one turn) gets a conversation row with an empty state. A regenerated migration must keep these
/// statements, in this order around EF's column and index operations.
/// </summary>
public static class TranscriptLinesMigrationSql
{
    /// <summary>SQLite, after <c>conversations.number</c> is added (0 everywhere), before its unique index.</summary>
    public const string SqliteNumberConversations = """
        UPDATE conversations SET number = rowid;
        INSERT INTO conversations (conversation_key, number, mode, state_json, version, created_at, updated_at)
        SELECT t.conversation_key,
               (SELECT COALESCE(MAX(number), 0) FROM conversations) + row_number() OVER (ORDER BY t.conversation_key),
               'bot', '{}', 1, min(t.at), max(t.at)
        FROM transcript_entries AS t
        WHERE NOT EXISTS (SELECT 1 FROM conversations AS c WHERE c.conversation_key = t.conversation_key)
        GROUP BY t.conversation_key;
        """;

    /// <summary>
    /// SQLite: <c>transcript_entries</c> rebuilt with the conversation's number and the time in Unix milliseconds (EF's
    /// own rebuild would copy the ISO text unchanged). Ids are kept, so the FTS5 index stays valid; its triggers go
    /// with the old table and are created again after (<see cref="TranscriptSearchSql.CreateIndex"/>).
    /// </summary>
    public static string SqliteRebuildLines => $"""
        CREATE TABLE "ef_temp_transcript_entries" (
            "id" INTEGER NOT NULL CONSTRAINT "PK_transcript_entries" PRIMARY KEY AUTOINCREMENT,
            "conversation_number" INTEGER NOT NULL,
            "direction" TEXT NOT NULL,
            "activity_id" TEXT NULL,
            "type" TEXT NOT NULL,
            "text" TEXT NULL,
            "raw_text" TEXT NULL,
            "from_id" TEXT NULL,
            "from_name" TEXT NULL,
            "at" INTEGER NOT NULL);
        INSERT INTO "ef_temp_transcript_entries" (id, conversation_number, direction, activity_id, type, text, raw_text, from_id, from_name, at)
        SELECT t.id, c.number, t.direction, t.activity_id, t.type, t.text, t.raw_text, t.from_id, t.from_name,
               {Insights.SqliteTimes.MillisecondsOfText("t.at")}
        FROM transcript_entries AS t JOIN conversations AS c ON c.conversation_key = t.conversation_key;
        DROP TABLE transcript_entries;
        ALTER TABLE "ef_temp_transcript_entries" RENAME TO "transcript_entries";
        """;

    /// <summary>SQLite, the way back: the key from the conversation, the time as EF's ISO text.</summary>
    public static string SqliteRebuildLinesDown => $"""
        CREATE TABLE "ef_temp_transcript_entries" (
            "id" INTEGER NOT NULL CONSTRAINT "PK_transcript_entries" PRIMARY KEY AUTOINCREMENT,
            "conversation_key" TEXT NOT NULL,
            "direction" TEXT NOT NULL,
            "activity_id" TEXT NULL,
            "type" TEXT NOT NULL,
            "text" TEXT NULL,
            "raw_text" TEXT NULL,
            "from_id" TEXT NULL,
            "from_name" TEXT NULL,
            "at" TEXT NOT NULL);
        INSERT INTO "ef_temp_transcript_entries" (id, conversation_key, direction, activity_id, type, text, raw_text, from_id, from_name, at)
        SELECT t.id, c.conversation_key, t.direction, t.activity_id, t.type, t.text, t.raw_text, t.from_id, t.from_name,
               {Insights.SqliteTimes.TextOfMilliseconds("t.at")}
        FROM transcript_entries AS t JOIN conversations AS c ON c.number = t.conversation_number;
        DROP TABLE transcript_entries;
        ALTER TABLE "ef_temp_transcript_entries" RENAME TO "transcript_entries";
        """;

    /// <summary>PostgreSQL, after the identity column <c>conversations.number</c> is added (existing rows numbered by it).</summary>
    public const string PostgresConversationsForOrphanLines = """
        INSERT INTO conversations (conversation_key, mode, state_json, version, created_at, updated_at)
        SELECT t.conversation_key, 'bot', '{}', 1, min(t.at), max(t.at)
        FROM transcript_entries AS t
        WHERE NOT EXISTS (SELECT 1 FROM conversations AS c WHERE c.conversation_key = t.conversation_key)
        GROUP BY t.conversation_key;
        """;

    /// <summary>PostgreSQL, after <c>transcript_entries.conversation_number</c> is added and before the key is dropped.</summary>
    public const string PostgresConvertLines = """
        UPDATE transcript_entries AS t SET conversation_number = c.number
        FROM conversations AS c WHERE c.conversation_key = t.conversation_key;
        ALTER TABLE transcript_entries ALTER COLUMN at TYPE bigint USING floor(extract(epoch FROM at) * 1000)::bigint;
        """;

    /// <summary>PostgreSQL, the way back, after <c>conversation_key</c> is added again and before the number is dropped.</summary>
    public const string PostgresConvertLinesDown = """
        UPDATE transcript_entries AS t SET conversation_key = c.conversation_key
        FROM conversations AS c WHERE c.number = t.conversation_number;
        ALTER TABLE transcript_entries ALTER COLUMN at TYPE timestamp with time zone USING to_timestamp(at / 1000.0);
        """;
}
