using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// The migration CompactTranscriptLines converts existing lines (issue 13, disk): the key becomes the conversation's
/// number, ISO times become Unix milliseconds, a line without a conversation row keeps its line, and FTS5 still finds it.
/// </summary>
public sealed class TranscriptLinesMigrationTests : SqliteMigrationTest
{
    private const string Before = "20261201220724_DashboardRollupAndLeanStorage";

    // The last migration whose insert trigger indexes a line (since IndexLinesAtCommit the lines' writers do).
    private const string Through = "20261203202408_DropCaseChannelCustomerIndex";

    [Fact]
    public async Task Old_lines_are_converted_not_dropped()
    {
        await using var context = await OpenAtAsync("old.db", Before);
        var migrator = context.GetService<IMigrator>();
        await context.Database.ExecuteSqlRawAsync("""
            INSERT INTO conversations (conversation_key, mode, state_json, version, created_at, updated_at)
            VALUES ('webchat|a', 'bot', 'null', 3, '2026-11-30 10:00:00', '2026-11-30 10:00:00'),
                   ('webchat|b', 'bot', 'null', 1, '2026-11-30 11:00:00', '2026-11-30 11:00:00');
            INSERT INTO transcript_entries (conversation_key, direction, activity_id, type, text, raw_text, from_id, from_name, at)
            VALUES ('webchat|b', 'in', 'b1', 'message', 'colis abime', NULL, 'u2', NULL, '2026-11-30 11:00:01.25'),
                   ('webchat|a', 'in', 'a1', 'message', 'great product', NULL, 'u1', NULL, '2026-11-30 10:00:00.5'),
                   ('orphan|c', 'in', 'c1', 'message', 'orphan words', NULL, 'u3', NULL, '2026-11-30 12:00:00');
            """, Ct);

        await migrator.MigrateAsync(Through, Ct);

        // Only the columns of that migration's time (text_id came later).
        var b = await TranscriptLines.Of(context, "webchat|b").Select(t => new { t.Id, t.Text, t.At }).SingleAsync(Ct);
        Assert.Equal("colis abime", b.Text);
        Assert.Equal(new DateTime(2026, 11, 30, 11, 0, 1, 250, DateTimeKind.Utc), b.At);
        Assert.Equal("great product", await TranscriptLines.Of(context, "webchat|a").Select(t => t.Text).SingleAsync(Ct));
        Assert.Equal("orphan words", await TranscriptLines.Of(context, "orphan|c").Select(t => t.Text).SingleAsync(Ct));
        var numbers = await context.Conversations.AsNoTracking().OrderBy(c => c.Number).Select(c => c.Number).ToListAsync(Ct);
        Assert.Equal(3, numbers.Distinct().Count());
        Assert.DoesNotContain(0L, numbers);
        Assert.Equal(3L, (await context.Conversations.AsNoTracking().SingleAsync(c => c.ConversationKey == "webchat|a", Ct)).Version);

        var found = await context.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM transcript_fts WHERE transcript_fts MATCH 'colis'").ToListAsync(Ct);
        Assert.Equal([b.Id], found);
        await context.Database.ExecuteSqlRawAsync(
            "INSERT INTO transcript_entries (conversation_number, direction, type, text, at) VALUES ({0}, 'in', 'message', 'colis again', 0)",
            [numbers[0]], Ct);
        Assert.Equal(2, (await context.Database.SqlQueryRaw<long>("SELECT rowid AS \"Value\" FROM transcript_fts WHERE transcript_fts MATCH 'colis'").ToListAsync(Ct)).Count);
    }
}
