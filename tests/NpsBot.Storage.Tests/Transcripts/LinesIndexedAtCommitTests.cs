using System.Data.Common;
using NpsBot.Conversations.Runner;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// Issue 13 (CPU): on SQLite the turn store indexes a group commit's transcript lines in one statement before the commit
/// (migration IndexLinesAtCommit), not line by line through a trigger. The people's lines of every saved turn are found;
/// a turn undone inside its batch leaves nothing in the index, and the bot's lines are not indexed.
/// </summary>
public sealed class LinesIndexedAtCommitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_saved_turns_customer_lines_are_found_and_an_undone_turns_are_not()
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

        Assert.Equal([true, false, true, true], results);
        await using var connection = database.OpenConnection();
        Assert.Equal(["webchat|a", "webchat|c"], Conversations(connection, "parcel"));
        Assert.Empty(Conversations(connection, "courier"));
        Assert.Equal(["webchat|d"], Conversations(connection, "refund"));
        Assert.Empty(Conversations(connection, "reply"));
        Execute(connection, "INSERT INTO transcript_fts (transcript_fts, rank) VALUES ('integrity-check', 0)");
    }

    [Fact]
    public async Task A_forgotten_line_leaves_the_index_sound()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        await database.Store.CommitAsync(Turn("a", "my parcel is late"), Ct);
        await database.Store.CommitAsync(Turn("b", "parcel arrived broken"), Ct);
        await using var connection = database.OpenConnection();

        Execute(connection, "DELETE FROM transcript_entries WHERE conversation_number = (SELECT number FROM conversations WHERE conversation_key = 'webchat|a')");

        Assert.Equal(["webchat|b"], Conversations(connection, "parcel"));
        Execute(connection, "INSERT INTO transcript_fts (transcript_fts, rank) VALUES ('integrity-check', 0)");
    }

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

    private static void Execute(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Test-only constant statements.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
