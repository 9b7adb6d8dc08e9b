using NpsBot.Recovery.Agents;

namespace NpsBot.Console.Inbox;

/// <summary>The queue's order: priority first (higher first), then the least time left to the next deadline, then the oldest.</summary>
public static class QueueOrder
{
    public static IReadOnlyList<QueueEntry> Sort(IEnumerable<QueueEntry> entries) =>
        [.. entries.OrderByDescending(e => e.Priority).ThenBy(SlaClock.NextDue).ThenBy(e => e.OpenedAt).ThenBy(e => e.CaseKey, StringComparer.Ordinal)];

    /// <summary>Which of the three tabs an entry belongs to for <paramref name="agentId"/> (All holds every entry).</summary>
    public static bool IsIn(QueueEntry entry, QueueView view, string agentId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return view switch
        {
            QueueView.Mine => entry.AssigneeId == agentId,
            QueueView.Unassigned => entry.AssigneeId is null,
            _ => true,
        };
    }
}
