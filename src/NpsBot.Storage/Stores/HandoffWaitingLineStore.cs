using System.Data.Common;
using System.Globalization;
using NpsBot.Recovery.Handoff;

namespace NpsBot.Storage.Stores;

/// <summary>
/// Counts the customers ahead in the handoff queue: open handed-off cases that no person has answered yet (no first
/// contact), more urgent (a lower priority number) or as urgent and opened earlier. The count reads the partial index of
/// the waiting cases (IX_cases_waiting_line) and stops at the limit.
/// It runs at every handoff in business hours, so it is one hand-written statement (<see cref="TurnSql.WaitingAhead"/>)
/// prepared once on the turn store's pooled readers: as a compiled EF query, a fresh context and connection and SQLite
/// parsing and planning its SQL again each time cost about 4 % of the server's CPU under load (issue 13).
/// </summary>
public sealed class HandoffWaitingLineStore(SqliteTurnStore turns) : IHandoffWaitingLine
{
    /// <summary>The statement it runs, parameters <c>$case_key</c>, <c>$priority</c>, <c>$opened_at</c>, <c>$limit</c> (SQLite's spelling; a test reads its plan).</summary>
    public static string Statement => TurnSql.WaitingAhead;

    public Task<int> WaitingAheadAsync(string caseKey, int priority, DateTimeOffset openedAt, int countUpTo, CancellationToken cancellationToken) =>
        Task.FromResult(turns.ReadWaitingAhead(caseKey, priority, openedAt.UtcDateTime, countUpTo, cancellationToken));

    /// <summary><paramref name="openedAt"/> as the dialect stores it (<see cref="Dialects.SqlDialect.StoredTime"/>).</summary>
    internal static int Read(DbCommand command, string caseKey, int priority, object openedAt)
    {
        command.Parameters[0].Value = caseKey;
        command.Parameters[1].Value = priority;
        command.Parameters[2].Value = openedAt;
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
