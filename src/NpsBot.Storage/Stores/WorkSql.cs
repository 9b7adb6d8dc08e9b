using NpsBot.Storage.Work;

namespace NpsBot.Storage.Stores;

/// <summary>The work queue's statements (table <c>work_items</c>); all writes run on the turn store's writer connection.</summary>
internal static class WorkSql
{
    public const string Insert = $"""
        INSERT INTO work_items (kind, payload, order_key, due_at, attempts, state, created_at)
        VALUES ($kind, $payload, $order_key, $due_at, 0, '{WorkItemStates.Pending}', $created_at)
        """;

    // Claimable: pending, due, not leased (or the lease ran out: its instance died), and the oldest pending row of
    // its order key, so the jobs of one key run strictly one after another in the order they were queued.
    public const string Claim = $"""
        UPDATE work_items
        SET lease_owner = $owner, lease_until = $lease_until, attempts = attempts + 1
        WHERE id IN (
            SELECT w.id FROM work_items w
            WHERE w.state = '{WorkItemStates.Pending}' AND w.due_at <= $now
              AND (w.lease_until IS NULL OR w.lease_until <= $now)
              AND (w.order_key IS NULL OR NOT EXISTS (
                  SELECT 1 FROM work_items older
                  WHERE older.order_key = w.order_key AND older.state = '{WorkItemStates.Pending}' AND older.id < w.id))
            ORDER BY w.due_at, w.id
            LIMIT $limit)
        RETURNING id, kind, payload, attempts, due_at
        """;

    // Every change of a claimed row names its owner: a run whose lease ran out (and was claimed again) changes nothing.
    public const string Complete = "DELETE FROM work_items WHERE id = $id AND lease_owner = $owner";

    // A running job's lease pushed forward (WorkLease, while its handler runs); 0 rows: the lease was lost.
    public const string Renew = "UPDATE work_items SET lease_until = $lease_until WHERE id = $id AND lease_owner = $owner";

    public const string Retry = """
        UPDATE work_items SET due_at = $due_at, last_error = $last_error, lease_owner = NULL, lease_until = NULL
        WHERE id = $id AND lease_owner = $owner
        """;

    public const string DeadLetter = $"""
        UPDATE work_items SET state = '{WorkItemStates.Dead}', last_error = $last_error, lease_owner = NULL, lease_until = NULL
        WHERE id = $id AND lease_owner = $owner
        """;

    // A claim given back unstarted (graceful stop) does not count as an attempt.
    public const string Release = """
        UPDATE work_items SET attempts = MAX(attempts - 1, 0), lease_owner = NULL, lease_until = NULL
        WHERE id = $id AND lease_owner = $owner
        """;

    public const string Status = $"""
        SELECT
            (SELECT COUNT(*) FROM work_items WHERE state = '{WorkItemStates.Pending}'),
            (SELECT MIN(due_at) FROM work_items WHERE state = '{WorkItemStates.Pending}' AND due_at <= $now),
            (SELECT COUNT(*) FROM work_items WHERE state = '{WorkItemStates.Dead}')
        """;
}
