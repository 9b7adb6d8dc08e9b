using NpsBot.Storage.Work;

namespace NpsBot.Storage.Retention;

/// <summary>The statements of the <c>storage.prune</c> job (SQLite; run on the turn store's writer connection).</summary>
internal static class RetentionSql
{
    // Oldest first by rowid, at most $limit rows looked at: rowids of processed_activities only grow (no AUTOINCREMENT,
    // but a new row always gets max(rowid) + 1), so the first rows are the oldest and the batch is bounded without an
    // index on processed_at (which would cost about as much disk per turn as it saves). A row out of order (a turn
    // timestamped a little earlier than one before it) is not expired yet and simply waits for a later batch.
    public const string PruneReplays = """
        DELETE FROM processed_activities
        WHERE rowid IN (
            SELECT rowid FROM (SELECT rowid, processed_at FROM processed_activities ORDER BY rowid LIMIT $limit)
            WHERE processed_at < $cutoff)
        """;

    // One chain per database, whichever instance runs it: the next run is queued only when no other pending
    // storage.prune row exists besides the one running now ($current; 0 when scheduling at start-up). SQLite runs the
    // statement under the write lock, so two instances starting at once still queue one.
    public const string ScheduleNext = $"""
        INSERT INTO work_items (kind, payload, order_key, due_at, attempts, state, created_at)
        SELECT $kind, $payload, $kind, $due_at, 0, '{WorkItemStates.Pending}', $created_at
        WHERE NOT EXISTS (
            SELECT 1 FROM work_items WHERE kind = $kind AND state = '{WorkItemStates.Pending}' AND id <> $current)
        """;
}
