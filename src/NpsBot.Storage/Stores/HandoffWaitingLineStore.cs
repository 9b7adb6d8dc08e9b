using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Storage.Stores;

/// <summary>
/// Counts the customers ahead in the handoff queue: open handed-off cases that no person has answered yet (no first
/// contact), more urgent (a lower priority number) or as urgent and opened earlier. The count reads the partial index of
/// the waiting cases (IX_cases_waiting_line) and stops at the limit.
/// </summary>
public sealed class HandoffWaitingLineStore(IDbContextFactory<NpsBotDbContext> contexts) : IHandoffWaitingLine
{
    public async Task<int> WaitingAheadAsync(string caseKey, int priority, DateTimeOffset openedAt, int countUpTo, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var opened = openedAt.UtcDateTime;
        return await context.Cases.AsNoTracking()
            .Where(c => c.CaseKey != caseKey && c.HandoffReason != null && c.FirstContactAt == null
                && c.Status != CaseStatus.Resolved && c.Status != CaseStatus.ClosedUnresolved
                && (c.Priority < priority || (c.Priority == priority && c.OpenedAt < opened)))
            .Take(countUpTo)
            .CountAsync(cancellationToken);
    }
}
