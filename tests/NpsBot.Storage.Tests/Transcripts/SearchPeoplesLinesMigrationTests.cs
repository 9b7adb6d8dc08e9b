using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// The migrations SearchPeoplesLines and DropCaseChannelCustomerIndex (issue 13, disk): every stored line stays, the FTS5
/// index keeps the customers' and agents' lines and drops the bot's own, and its triggers keep it so for lines written,
/// changed and deleted later; cases stay, and forget-customer's lookup seeks the customer's index.
/// </summary>
public sealed class SearchPeoplesLinesMigrationTests : SqliteMigrationTest
{
    private const string Before = "20261202233150_PeriodCellsByChannelAndLocale";

    // Up to these two: since IndexLinesAtCommit the lines' writers index them, not the insert trigger tested here.
    private const string After = "20261203202408_DropCaseChannelCustomerIndex";

    [Fact]
    public async Task Stored_lines_stay_and_only_the_peoples_lines_are_searched()
    {
        await using var context = await OpenAtAsync("old.db", Before);
        var migrator = context.GetService<IMigrator>();
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO conversations (conversation_key, mode, state_json, version, created_at, updated_at, number)
            VALUES ('webchat|a', 'bot', 'null', 3, '2026-11-30 10:00:00', '2026-11-30 10:00:00', 1);
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, raw_text, from_id, from_name, at)
            VALUES (1, 'in', 'a1', 'message', 'my parcel never came', NULL, 'u1', 'Ann', 1),
                   (1, 'out', 'a1', 'message', 'Sorry about your parcel: what happened?', NULL, 'bot', 'bot', 2),
                   (1, 'out', 'desk|msg|7', 'message', 'A new parcel leaves today', NULL, 'bot', 'Ana Agent', 3),
                   (1, 'in', 'a2', 'conversationUpdate', NULL, NULL, 'u1', 'Ann', 4);
            """, Ct);
        Assert.Equal(3, (await Matches(context, "parcel")).Count);

        await migrator.MigrateAsync(After, Ct);

        Assert.Equal(4, await context.TranscriptEntries.CountAsync(Ct));
        Assert.Equal(["a1", "desk|msg|7"], await ActivityIds(context, await Matches(context, "parcel")));
        Assert.Empty(await Matches(context, "happened"));

        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, at)
            VALUES (1, 'in', 'a3', 'message', 'still waiting for the parcel', 5),
                   (1, 'out', 'a3', 'message', 'Which parcel do you mean?', 6);
            """, Ct);
        Assert.Equal(["a1", "desk|msg|7", "a3"], await ActivityIds(context, await Matches(context, "parcel")));

        await context.Database.ExecuteSqlRawAsync("UPDATE transcript_entries SET text = 'my box never came' WHERE activity_id = 'a1' AND direction = 'in'", Ct);
        await context.Database.ExecuteSqlRawAsync("UPDATE transcript_entries SET text = 'Which box do you mean?' WHERE activity_id = 'a3' AND direction = 'out'", Ct);
        await context.Database.ExecuteSqlRawAsync("DELETE FROM transcript_entries WHERE activity_id = 'desk|msg|7'", Ct);
        Assert.Equal(["a3"], await ActivityIds(context, await Matches(context, "parcel")));
        Assert.Equal(["a1"], await ActivityIds(context, await Matches(context, "box")));

        await migrator.MigrateAsync(Before, Ct);
        Assert.Equal(["a1", "a3"], await ActivityIds(context, await Matches(context, "box")));
    }

    [Fact]
    public async Task Cases_stay_and_a_customers_cases_are_still_sought_by_an_index_without_the_channel_customer_one()
    {
        await using var context = await OpenAtAsync("cases.db", Before);
        var migrator = context.GetService<IMigrator>();
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO cases (case_key, response_key, conversation_key, channel_id, customer_id, status, priority, opened_at,
                               first_contact_due, resolution_due, overdue, updated_at)
            VALUES ('case-r1', 'r1', 'webchat|a', 'webchat', 'u1', 'open', 2, '2026-11-30 10:00:00', '2026-11-30 12:00:00',
                    '2026-12-02 10:00:00', 0, '2026-11-30 10:00:00');
            """, Ct);

        await migrator.MigrateAsync(cancellationToken: Ct);

        Assert.Equal("u1", (await context.Cases.AsNoTracking().SingleAsync(c => c.CaseKey == "case-r1", Ct)).CustomerId);
        var plan = await PlanAsync(
            context, "SELECT case_key FROM cases WHERE (channel_id = 'webchat' AND customer_id = 'u1') OR conversation_key = 'webchat|b'");
        Assert.DoesNotContain("IX_cases_channel_id_customer_id", plan, StringComparison.Ordinal);
        Assert.Contains("USING INDEX IX_cases_customer_id", plan, StringComparison.Ordinal);
    }

    private static async Task<string> PlanAsync(NpsBotDbContext context, string query)
    {
        await context.Database.OpenConnectionAsync(Ct);
        return string.Join('\n', await SqlitePlan.OfAsync(context.Database.GetDbConnection(), query));
    }

    private static Task<List<long>> Matches(NpsBotDbContext context, string word) =>
        context.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM transcript_fts WHERE transcript_fts MATCH {0} ORDER BY rowid", word).ToListAsync(Ct);

    private static async Task<List<string?>> ActivityIds(NpsBotDbContext context, List<long> ids) =>
        await context.TranscriptEntries.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).Select(t => t.ActivityId).ToListAsync(Ct);
}
