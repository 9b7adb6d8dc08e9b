using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// The migration IndexLinesAtCommit (issue 13, CPU): the lines stored before it stay found, a line is found once its
/// writer indexed it (<see cref="TranscriptLineIndex"/>, what the turn store does per group commit), the delete and
/// update triggers still keep the index in step, and Down indexes every person's line again through the trigger.
/// </summary>
public sealed class IndexLinesAtCommitMigrationTests : SqliteMigrationTest
{
    private const string Before = "20261203202408_DropCaseChannelCustomerIndex";

    [Fact]
    public async Task Stored_lines_stay_found_and_new_lines_are_found_once_their_writer_indexed_them()
    {
        await using var context = await OpenAtAsync("old.db", Before);
        var migrator = context.GetService<IMigrator>();
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO conversations (conversation_key, mode, state_json, version, created_at, updated_at, number)
            VALUES ('webchat|a', 'bot', 'null', 3, '2026-11-30 10:00:00', '2026-11-30 10:00:00', 1);
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, raw_text, from_id, from_name, at)
            VALUES (1, 'in', 'a1', 'message', 'my parcel never came', NULL, 'u1', 'Ann', 1),
                   (1, 'out', 'a1', 'message', 'Sorry about your parcel: what happened?', NULL, 'bot', 'bot', 2),
                   (1, 'out', 'desk|msg|7', 'message', 'A new parcel leaves today', NULL, 'bot', 'Ana Agent', 3);
            """, Ct);

        await migrator.MigrateAsync(cancellationToken: Ct);

        Assert.Equal(3, await context.TranscriptEntries.CountAsync(Ct));
        Assert.Equal(["a1", "desk|msg|7"], await ActivityIds(context, await Matches(context, "parcel")));
        Assert.Empty(await context.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_schema WHERE name = 'transcript_fts_insert'").ToListAsync(Ct));

        await context.Database.OpenConnectionAsync(Ct);
        var connection = context.Database.GetDbConnection();
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, at)
            VALUES (1, 'in', 'a3', 'message', 'still waiting for the parcel', 5),
                   (1, 'out', 'a3', 'message', 'Which parcel do you mean?', 6);
            """, Ct);
        Assert.Equal(["a1", "desk|msg|7"], await ActivityIds(context, await Matches(context, "parcel")));
        TranscriptLineIndex.IndexPending(connection, null);
        Assert.Equal(["a1", "desk|msg|7", "a3"], await ActivityIds(context, await Matches(context, "parcel")));

        await context.Database.ExecuteSqlRawAsync("UPDATE transcript_entries SET text = 'my box never came' WHERE activity_id = 'a1' AND direction = 'in'", Ct);
        await context.Database.ExecuteSqlRawAsync("DELETE FROM transcript_entries WHERE activity_id = 'desk|msg|7'", Ct);
        Assert.Equal(["a3"], await ActivityIds(context, await Matches(context, "parcel")));
        Assert.Equal(["a1"], await ActivityIds(context, await Matches(context, "box")));
        await CheckIndex(context);

        await migrator.MigrateAsync(Before, Ct);
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, at)
            VALUES (1, 'in', 'a4', 'message', 'a box again', 7);
            """, Ct);
        Assert.Equal(["a1", "a4"], await ActivityIds(context, await Matches(context, "box")));
        Assert.Equal(["a3"], await ActivityIds(context, await Matches(context, "parcel")));
    }

    private static Task<List<long>> Matches(NpsBotDbContext context, string word) =>
        context.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM transcript_fts WHERE transcript_fts MATCH {0} ORDER BY rowid", word).ToListAsync(Ct);

    private static async Task<List<string?>> ActivityIds(NpsBotDbContext context, List<long> ids) =>
        await context.TranscriptEntries.AsNoTracking().Where(t => ids.Contains(t.Id)).OrderBy(t => t.Id).Select(t => t.ActivityId).ToListAsync(Ct);

    // FTS5's own check of the index's structure: it throws (SQLITE_CORRUPT_VTAB) when a 'delete' took out terms the
    // index never had, as a delete trigger does for a line that was never indexed.
    private static Task<int> CheckIndex(NpsBotDbContext context) =>
        context.Database.ExecuteSqlRawAsync("INSERT INTO transcript_fts (transcript_fts, rank) VALUES ('integrity-check', 0)", Ct);
}
