using NpsBot.Recovery.Cases;
using NpsBot.Storage.Entities;
using NpsBot.Storage.Stores;

namespace NpsBot.Storage.Tests.Stores;

/// <summary>
/// The customer's place in the handoff queue, told in business hours at every handoff: the cases handed to a person that
/// nobody has answered yet and that come first (more urgent, or as urgent and opened earlier). On SQLite the count reads
/// the partial index of those cases alone: before it, it read every case ever opened at every handoff, and a server
/// in business hours ran at 40 % of its speed out of hours after a few minutes of load (issue 13).
/// </summary>
public sealed class HandoffWaitingLineStoreTests
{
    private static readonly DateTime Noon = new(2026, 12, 4, 12, 0, 0, DateTimeKind.Utc);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Counts_the_unanswered_handoffs_that_come_first_and_nothing_else()
    {
        await using var database = await TestDatabase.CreateAsync();
        await SeedQueueAsync(database);
        var line = new HandoffWaitingLineStore(database.Store);

        // Ahead of a priority-2 case opened at noon: the priority-1 case, and the two priority-2 cases opened before noon.
        Assert.Equal(3, await line.WaitingAheadAsync("case-me", 2, Noon, 50, Ct));
        Assert.Equal(2, await line.WaitingAheadAsync("case-me", 2, Noon.AddMinutes(-90), 50, Ct));
        Assert.Equal(0, await line.WaitingAheadAsync("case-me", 1, Noon.AddHours(-5), 50, Ct));

        // A case is never ahead of itself (its own row is there when its score changes and it is handed off again).
        Assert.Equal(3, await line.WaitingAheadAsync("case-p2-early", 2, Noon.AddHours(1), 50, Ct));
        Assert.Equal(4, await line.WaitingAheadAsync("case-me", 2, Noon.AddHours(1), 50, Ct));

        // Counted up to the limit asked, no further.
        Assert.Equal(2, await line.WaitingAheadAsync("case-me", 2, Noon.AddHours(1), 2, Ct));
    }

    [Fact]
    public async Task On_sqlite_the_count_reads_the_waiting_line_index_alone()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        await SeedQueueAsync(database);
        var line = new HandoffWaitingLineStore(database.Store);
        Assert.Equal(3, await line.WaitingAheadAsync("case-me", 2, Noon, 50, Ct));

        using var connection = database.OpenConnection();
        var plan = await SqlitePlan.OfAsync(
            connection, HandoffWaitingLineStore.Statement, [("$case_key", "case-me"), ("$priority", 2), ("$opened_at", Noon), ("$limit", 50)]);

        Assert.Contains(plan, step => step.Contains("cases USING COVERING INDEX IX_cases_waiting_line", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, step => step == "SCAN cases" || step.StartsWith("SCAN cases ", StringComparison.Ordinal));
    }

    // Five cases waiting (priorities 1 to 3, opened before and after noon), and four that are not: resolved, closed
    // unresolved, answered, never handed off.
    private static async Task SeedQueueAsync(TestDatabase database)
    {
        await using var context = await database.OpenContextAsync();
        context.Cases.AddRange(
            Case("case-p1-late", priority: 1, Noon.AddHours(2)),
            Case("case-p2-early", priority: 2, Noon.AddHours(-3)),
            Case("case-p2-before", priority: 2, Noon.AddMinutes(-30)),
            Case("case-p2-after", priority: 2, Noon.AddMinutes(30)),
            Case("case-p3", priority: 3, Noon.AddHours(-4)),
            Case("case-resolved", priority: 1, Noon.AddHours(-1), status: CaseStatus.Resolved),
            Case("case-closed", priority: 1, Noon.AddHours(-1), status: CaseStatus.ClosedUnresolved),
            Case("case-answered", priority: 1, Noon.AddHours(-1), firstContactAt: Noon.AddMinutes(-20), status: CaseStatus.InProgress),
            Case("case-no-handoff", priority: 1, Noon.AddHours(-1), handoffReason: null));
        await context.SaveChangesAsync(Ct);
    }

    private static CaseRecord Case(
        string key, int priority, DateTime openedAt, string status = CaseStatus.Open, string? handoffReason = "asked",
        DateTime? firstContactAt = null) => new()
    {
        CaseKey = key, ResponseKey = "r-" + key, ConversationKey = "conv-" + key, ChannelId = "webchat", Status = status,
        Priority = priority, HandoffReason = handoffReason, OpenedAt = openedAt, FirstContactAt = firstContactAt,
        FirstContactDue = openedAt.AddHours(1), ResolutionDue = openedAt.AddDays(2), UpdatedAt = openedAt,
    };
}
