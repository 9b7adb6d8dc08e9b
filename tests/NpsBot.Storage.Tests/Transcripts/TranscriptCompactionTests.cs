using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Privacy;
using NpsBot.Conversations.Runner;
using NpsBot.Storage.Privacy;

namespace NpsBot.Storage.Tests.Transcripts;

/// <summary>
/// Issue 13, disk: a customer's line stores no sender when the runner says it is the previous inbound line's, a bot's
/// reply stores no activity id when it answers its turn's inbound line, a message stores no type; readers get every line
/// whole, and forgetting a customer still finds every line they sent.
/// </summary>
public sealed class TranscriptCompactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lines_leave_out_what_the_line_before_says_and_read_back_whole()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turn(0, "in-1", ("user-1", "Ann"), sameSender: false, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(1, "in-2", ("user-1", "Ann"), sameSender: true, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(2, "desk|msg|7", ("user-1", "Ann"), sameSender: true, agentReply: true), Ct);
        await database.Store.CommitAsync(Turn(3, "in-3", (null, null), sameSender: false, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(4, "in-4", ("user-2", "Bo"), sameSender: false, agentReply: false), Ct);

        await using (var connection = database.OpenConnection())
        {
            Assert.Equal(
                [
                    "in|in-1|user-1|Ann|", "out|-|npsbot|-|", "in|in-2|-|-|", "out|-|npsbot|-|",
                    "in|desk|msg|7|-|-|event", "out|desk|msg|7|npsbot|Agent Ada|",
                    "in|in-3||-|", "out|-|npsbot|-|", "in|in-4|user-2|Bo|", "out|-|npsbot|-|",
                ],
                SqlRows.Strings(connection, """
                    SELECT direction || '|' || coalesce(activity_id, '-') || '|' || coalesce(from_id, '-') || '|' || coalesce(from_name, '-') || '|' || type
                    FROM transcript_entries
                    WHERE conversation_number = (SELECT number FROM conversations WHERE conversation_key = 'webchat|compact') ORDER BY id
                    """));
        }

        var read = await database.Queries.TranscriptAsync(Turns.Key("compact"), Ct);

        Assert.Equal(
            [
                "in|in-1|user-1|Ann|message", "out|in-1|npsbot||message", "in|in-2|user-1|Ann|message", "out|in-2|npsbot||message",
                "in|desk|msg|7|user-1|Ann|event", "out|desk|msg|7|npsbot|Agent Ada|message",
                "in|in-3|||message", "out|in-3|npsbot||message", "in|in-4|user-2|Bo|message", "out|in-4|npsbot||message",
            ],
            read.Select(line => $"{line.Direction}|{line.ActivityId}|{line.FromId}|{line.FromName}|{line.Type}"));
    }

    [Fact]
    public async Task Forgetting_a_customer_removes_their_lines_that_name_no_sender_and_keeps_the_other_persons()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turn(0, "in-1", ("user-1", "Ann"), sameSender: false, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(1, "in-2", ("user-1", "Ann"), sameSender: true, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(2, "in-3", ("user-2", "Bo"), sameSender: false, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(3, "in-4", ("user-2", "Bo"), sameSender: true, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(4, "in-5", ("user-1", "Ann"), sameSender: false, agentReply: false), Ct);
        await database.Store.CommitAsync(Turn(5, "in-6", ("user-1", "Ann"), sameSender: true, agentReply: false), Ct);

        await new CustomerEraser(database.Options).EraseAsync(new CustomerIdentity("webchat", "user-1"), Ct);

        // The bot's replies stay, as before.
        var left = await database.Queries.TranscriptAsync(Turns.Key("compact"), Ct);
        Assert.Equal(
            ["in-3|user-2|Bo", "in-4|user-2|Bo"],
            left.Where(line => line.Direction == TranscriptEntry.Inbound).Select(line => $"{line.ActivityId}|{line.FromId}|{line.FromName}"));
        Assert.Equal(6, left.Count(line => line.Direction == TranscriptEntry.Outbound));
    }

    /// <summary>A turn of conversation "compact" (not vouched for: the conversation row names no customer) with one reply.</summary>
    private static TurnCommit Turn(long version, string activityId, (string? Id, string? Name) sender, bool sameSender, bool agentReply)
    {
        var from = sender.Id is null ? null : new ChannelAccount { Id = sender.Id, Name = sender.Name, Role = RoleTypes.User };
        var inbound = Turns.Inbound("compact", activityId) with { From = from };
        var commit = Turns.Commit("compact", version, inbound: inbound, verified: false);
        var at = commit.At;
        return commit with
        {
            Transcript =
            [
                new TranscriptEntry(TranscriptEntry.Inbound, activityId, agentReply ? ActivityTypes.Event : ActivityTypes.Message, "hello", from?.Id, from?.Name, at)
                {
                    SenderUnchanged = sameSender,
                },
                new TranscriptEntry(TranscriptEntry.Outbound, activityId, ActivityTypes.Message, "reply", "npsbot", agentReply ? "Agent Ada" : null, at.AddMilliseconds(1)),
            ],
        };
    }
}
