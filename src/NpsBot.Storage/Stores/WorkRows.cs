using NpsBot.Conversations.Work;

namespace NpsBot.Storage.Stores;

/// <summary>Writes and reads <c>work_items</c> rows with the writer connection's prepared commands.</summary>
internal static class WorkRows
{
    public static void Insert(TurnCommands sql, WorkRequest work, DateTime createdAt) =>
        TurnCommands.Execute(
            sql.InsertWork,
            ("$kind", work.Kind), ("$payload", work.Payload), ("$order_key", work.OrderKey),
            ("$due_at", work.DueAt.UtcDateTime), ("$created_at", createdAt));

    public static List<WorkItem> Claim(TurnCommands sql, string owner, DateTimeOffset now, TimeSpan lease, int limit)
    {
        var command = sql.ClaimWork;
        command["$owner"].Value = owner;
        command["$now"].Value = now.UtcDateTime;
        command["$lease_until"].Value = (now + lease).UtcDateTime;
        command["$limit"].Value = limit;
        var claimed = new List<WorkItem>();
        using (var reader = command.Command.ExecuteReader())
        {
            while (reader.Read())
            {
                var dueAt = DateTime.SpecifyKind(reader.GetDateTime(4), DateTimeKind.Utc);
                claimed.Add(new WorkItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), dueAt));
            }
        }

        // RETURNING gives no order; the runner starts them in queue order.
        claimed.Sort((a, b) => a.DueAt != b.DueAt ? a.DueAt.CompareTo(b.DueAt) : a.Id.CompareTo(b.Id));
        return claimed;
    }
}
