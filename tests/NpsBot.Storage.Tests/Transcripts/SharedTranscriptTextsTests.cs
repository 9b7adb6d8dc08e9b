using NpsBot.Conversations.Runner;
using NpsBot.Storage.Transcripts;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// Issue 13, disk: a text the bot says word for word in three conversations is stored once and later lines name it;
/// a text of one conversation, an agent's words and the customers' lines stay in their lines; readers get the text.
/// </summary>
public sealed class SharedTranscriptTextsTests
{
    private const string Question = "What's the main reason for your score?";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_text_is_learned_once_it_is_said_in_three_different_conversations()
    {
        var writer = new RecordingWriter(41);
        var texts = new SharedTranscriptTexts(writer.Learn);

        List<string> conversations = ["a", "b", "a", "a"];
        var before = conversations.Select(conversation => texts.IdsOf(Turn(conversation, Question))).ToList();
        Assert.Empty(writer.Learned);
        Assert.All(before, Assert.Null);

        Assert.Null(texts.IdsOf(Turn("c", Question)));
        Assert.Equal([Question], writer.Learned);

        var after = texts.IdsOf(Turn("d", Question));
        Assert.Equal([null, 41L], after!);
        Assert.Equal(1, texts.Known);
    }

    [Fact]
    public void Agents_words_lines_kept_raw_and_the_customers_lines_are_never_learned()
    {
        var writer = new RecordingWriter(1);
        var texts = new SharedTranscriptTexts(writer.Learn);

        foreach (var conversation in (List<string>)["a", "b", "c", "d"])
        {
            var turn = Turn(conversation, Question);
            texts.IdsOf(turn with { Transcript = [turn.Transcript[0], turn.Transcript[1] with { ActivityId = "desk|msg|1" }] });
            texts.IdsOf(turn with { Transcript = [turn.Transcript[0], turn.Transcript[1] with { ProtectedRawText = "sealed" }] });
            texts.IdsOf(turn with { Transcript = [turn.Transcript[0] with { Text = Question }] });
        }

        Assert.Empty(writer.Learned);
    }

    [Fact]
    public async Task Lines_after_the_text_is_learned_name_it_and_read_back_whole()
    {
        await using var database = await TestDatabase.CreateAsync();
        foreach (var conversation in (List<string>)["a", "b", "c"])
        {
            await database.Store.CommitAsync(Turn(conversation, Question), Ct);
        }

        for (var wait = 0; database.Store.SharedTexts == 0 && wait < 100; wait++)
        {
            await Task.Delay(50, Ct);
        }

        await database.Store.CommitAsync(Turn("d", Question), Ct);
        await database.Store.CommitAsync(Turn("e", "Thanks, Ann: your code is SAVE-1234."), Ct);

        await using (var connection = database.OpenConnection())
        {
            Assert.Equal([Question], SqlRows.Strings(connection, "SELECT text FROM transcript_texts"));
            Assert.Equal(["reply|" + Question, "reply|" + Question, "reply|" + Question, "reply|-", "reply|Thanks, Ann: your code is SAVE-1234."],
                SqlRows.Strings(connection, "SELECT 'reply|' || coalesce(text, '-') FROM transcript_entries WHERE direction = 'out' ORDER BY id"));
        }

        var read = await database.Queries.TranscriptAsync(Turns.Key("d"), Ct);
        Assert.Equal(["hello", Question], read.Select(line => line.Text));
    }

    private static TurnCommit Turn(string conversation, string reply)
    {
        var commit = Turns.Commit(conversation, 0);
        return commit with { Transcript = [commit.Transcript[0], commit.Transcript[1] with { Text = reply }] };
    }

    /// <summary>Stands for the turn writer: every text it is asked to write gets <paramref name="id"/> at once.</summary>
    private sealed class RecordingWriter(long id)
    {
        public List<string> Learned { get; } = [];

        public Task<long> Learn(string text)
        {
            Learned.Add(text);
            return Task.FromResult(id);
        }
    }
}
