using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using NpsBot.Recovery.Cases;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Storage.Stores;

/// <summary>
/// Counts the customers ahead in the handoff queue: open handed-off cases that no person has answered yet (no first
/// contact), more urgent (a lower priority number) or as urgent and opened earlier. The count reads the partial index of
/// the waiting cases (IX_cases_waiting_line) and stops at the limit.
/// It runs at every handoff in business hours, so the query is compiled once (EF's per-call translation cache was most
/// of its cost); once per context type, because a compiled query is bound to the model it first ran with, and each
/// provider has its own context type and model.
/// </summary>
public sealed class HandoffWaitingLineStore(IDbContextFactory<NpsBotDbContext> contexts) : IHandoffWaitingLine
{
    private static readonly ConcurrentDictionary<Type, Func<NpsBotDbContext, string, int, DateTime, int, CancellationToken, Task<int>>> Compiled = new();

    public async Task<int> WaitingAheadAsync(string caseKey, int priority, DateTimeOffset openedAt, int countUpTo, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var count = Compiled.GetOrAdd(context.GetType(), _ => Compile());
        return await count(context, caseKey, priority, openedAt.UtcDateTime, countUpTo, cancellationToken);
    }

    private static Func<NpsBotDbContext, string, int, DateTime, int, CancellationToken, Task<int>> Compile() =>
        EF.CompileAsyncQuery((NpsBotDbContext context, string caseKey, int priority, DateTime opened, int countUpTo, CancellationToken _) =>
            context.Cases.AsNoTracking()
                .Where(c => c.CaseKey != caseKey && c.HandoffReason != null && c.FirstContactAt == null
                    && c.Status != CaseStatus.Resolved && c.Status != CaseStatus.ClosedUnresolved
                    && (c.Priority < priority || (c.Priority == priority && c.OpenedAt < opened)))
                .Take(countUpTo)
                .Count());
}
