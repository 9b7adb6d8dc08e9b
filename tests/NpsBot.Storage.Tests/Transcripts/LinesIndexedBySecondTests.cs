using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Runner;
using NpsBot.Recovery.Insights;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// Issue 13 (CPU): on SQLite the turn writer puts the people's transcript lines into the search index once a second
/// (migration IndexLinesBySecond), not at every group commit; a search has the pending lines indexed first. The
/// people's lines of every saved turn are found, an undone turn's and the bot's are not, a line erased before it was
/// indexed leaves the index sound, and lines a crash left unindexed are indexed by the next writer's first batch.
/// </summary>
public sealed class LinesIndexedBySecondTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_saved_turns_customer_lines_are_found_once_pending_lines_are_indexed_and_an_undone_turns_are_not()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        var store = database.Store;
        var commits = new[]
        {
            Turn("a", "my parcel is late"),
            Turn("b", "the courier lost a parcel") with { Records = [new object()] },
            Turn("c", "parcel arrived broken"),
            Turn("d", "refund please"),
        };

        var results = await Task.WhenAll(commits.Select(async commit =>
        {
            try
            {
                await store.CommitAsync(commit, Ct);
                return true;
            }
            catch (NotSupportedException)
            {
                return false;
            }
        }));
        await store.IndexPendingLinesAsync(Ct);

        Assert.Equal([true, false, true, true], results);
        await using var connection = database.OpenConnection();
        Assert.Equal(["webchat|a", "webchat|c"], Conversations(connection, "parcel"));
        Assert.Empty(Conversations(connection, "courier"));
        Assert.Equal(["webchat|d"], Conversations(connection, "refund"));
        Assert.Empty(Conversations(connection, "reply"));
        Assert.Equal(LastLineId(connection), Mark(connection));
        Execute(connection, "INSERT INTO transcript_fts (transcript_fts, rank) VALUES ('integrity-check', 0)");
    }

    [Fact]
    public async Task A_line_erased_before_it_was_indexed_and_one_erased_after_leave_the_index_sound()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        await database.Store.CommitAsync(Turn("a", "my parcel is late"), Ct);
        await database.Store.CommitAsync(Turn("b", "parcel arrived broken"), Ct);
        await database.Store.IndexPendingLinesAsync(Ct);
        await using var connection = database.OpenConnection();
        // A line stored and not indexed yet, as the writer leaves them for up to a second.
        Execute(connection, """
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, at)
            SELECT number, 'in', 'a-2', 'message', 'where is my parcel', 5 FROM conversations WHERE conversation_key = 'webchat|a'
            """);
        Assert.True(LastLineId(connection) > Mark(connection));

        Execute(connection, "DELETE FROM transcript_entries WHERE conversation_number = (SELECT number FROM conversations WHERE conversation_key = 'webchat|a')");
        await database.Store.IndexPendingLinesAsync(Ct);

        Assert.Equal(["webchat|b"], Conversations(connection, "parcel"));
        Execute(connection, "INSERT INTO transcript_fts (transcript_fts, rank) VALUES ('integrity-check', 0)");
    }

    [Fact]
    public async Task Lines_a_crash_left_unindexed_are_indexed_by_the_next_writers_first_batch()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        await database.Store.CommitAsync(Turn("a", "my parcel is late"), Ct);
        await using var connection = database.OpenConnection();
        Execute(connection, """
            INSERT INTO transcript_entries (conversation_number, direction, activity_id, type, text, at)
            SELECT number, 'in', 'a-2', 'message', 'the courier never rang', 5 FROM conversations WHERE conversation_key = 'webchat|a'
            """);

        using var signal = new NpsBot.Storage.Work.WorkQueueSignal();
        await using (var restarted = new NpsBot.Storage.Stores.SqliteTurnStore(database.Options, signal))
        {
            await restarted.CommitAsync(Turn("b", "refund please"), Ct);
        }

        Assert.Equal(["webchat|a"], Conversations(connection, "courier"));
        Assert.Equal(["webchat|b"], Conversations(connection, "refund"));
        Execute(connection, "INSERT INTO transcript_fts (transcript_fts, rank) VALUES ('integrity-check', 0)");
    }

    [Fact]
    public async Task A_search_has_the_pending_lines_indexed_first_and_a_listing_without_words_does_not()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        var indexer = new CountingIndexer();
        var search = new TranscriptSearch(database.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>(), database.Options, indexer);

        await search.SearchAsync(InsightsFilter.All, "parcel", null, 10, Ct);
        await search.SearchAsync(InsightsFilter.All, "", null, 10, Ct);

        Assert.Equal(1, indexer.Calls);
    }

    private sealed class CountingIndexer : ITranscriptIndexer
    {
        public int Calls { get; private set; }

        public Task IndexPendingLinesAsync(CancellationToken cancellationToken)
        {
            Calls++;
            return Task.CompletedTask;
        }
    }

    private static long LastLineId(DbConnection connection) => Scalar(connection, "SELECT MAX(id) FROM transcript_entries");

    private static long Mark(DbConnection connection) => Scalar(connection, "SELECT line_id FROM transcript_fts_mark");

    private static long Scalar(DbConnection connection, string sql) =>
        Convert.ToInt64(TestSql.Scalar(connection, sql), System.Globalization.CultureInfo.InvariantCulture);

    private static TurnCommit Turn(string conversation, string text) =>
        Turns.Commit(conversation, 0, inbound: Turns.Inbound(conversation, $"{conversation}-1", text));

    private static List<string> Conversations(DbConnection connection, string word)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT c.conversation_key FROM transcript_fts f
            JOIN transcript_entries t ON t.id = f.rowid JOIN conversations c ON c.number = t.conversation_number
            WHERE transcript_fts MATCH $word ORDER BY c.conversation_key
            """;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$word";
        parameter.Value = word;
        command.Parameters.Add(parameter);
        using var reader = command.ExecuteReader();
        var keys = new List<string>();
        while (reader.Read())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    private static void Execute(DbConnection connection, string sql) => TestSql.Execute(connection, sql);
}
