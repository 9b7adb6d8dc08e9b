using Microsoft.EntityFrameworkCore;
using NpsBot.Conversations.Runner;
using NpsBot.Surveys.Scoring;

namespace NpsBot.Storage.Tests.Stores;

public sealed class SqliteTurnStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Load_returns_null_for_a_conversation_never_saved()
    {
        await using var database = await TestDatabase.CreateAsync();

        var stored = await database.Store.LoadAsync(Turns.Key("nobody"), Ct);

        Assert.Null(stored);
    }

    [Fact]
    public async Task Commit_of_a_new_conversation_is_loaded_back_at_version_1()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.Store.CommitAsync(Turns.Commit("abc", expectedVersion: 0), Ct);
        var stored = await database.Store.LoadAsync(Turns.Key("abc"), Ct);

        Assert.Equal(new StoredConversation("webchat|abc", 1, """{"turn":1}"""), stored);
    }

    [Fact]
    public async Task Commit_with_the_stored_version_saves_the_next_version()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0), Ct);

        await database.Store.CommitAsync(Turns.Commit("abc", 1), Ct);
        var stored = await database.Store.LoadAsync(Turns.Key("abc"), Ct);

        Assert.Equal(2, stored?.Version);
        Assert.Equal("""{"turn":2}""", stored?.StateJson);
    }

    [Fact]
    public async Task Commit_with_a_stale_version_throws_a_conflict_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1), Ct);

        var conflict = await Assert.ThrowsAsync<TurnConflictException>(
            () => database.Store.CommitAsync(Turns.Commit("abc", 1, activityId: "late"), Ct));

        Assert.Equal("webchat|abc", conflict.ConversationKey);
        Assert.Null(await database.Store.FindRepliesAsync(Turns.Key("abc"), "late", Ct));
        Assert.Equal(2, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Commit_that_names_the_state_it_started_from_holds_only_while_the_stored_state_is_that(bool inDialog)
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0) with { InDialog = inDialog }, Ct);

        // Same version, other state (an erased conversation started again reaches version 1 too): a conflict.
        var conflict = await Assert.ThrowsAsync<TurnConflictException>(() => database.Store.CommitAsync(
            Turns.Commit("abc", 1, activityId: "other") with { ExpectedStateJson = """{"turn":9}""", InDialog = inDialog }, Ct));
        var afterConflict = await database.Store.LoadAsync(Turns.Key("abc"), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1) with { ExpectedStateJson = """{"turn":1}""", InDialog = inDialog }, Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 2) with { ExpectedStateJson = """{"turn":2}""", InDialog = !inDialog }, Ct);

        Assert.Equal("webchat|abc", conflict.ConversationKey);
        Assert.Equal(new StoredConversation("webchat|abc", 1, """{"turn":1}"""), afterConflict);
        Assert.Null(await database.Store.FindRepliesAsync(Turns.Key("abc"), "other", Ct));
        Assert.Equal(new StoredConversation("webchat|abc", 3, """{"turn":3}"""), await database.Store.LoadAsync(Turns.Key("abc"), Ct));
    }

    [Fact]
    public async Task Start_turn_gives_the_stored_replies_of_a_resent_activity_the_state_for_a_new_one_and_nothing_for_a_new_conversation()
    {
        await using var database = await TestDatabase.CreateAsync();
        var first = Turns.Commit("abc", 0);
        await database.Store.CommitAsync(first, Ct);

        var resent = await database.Store.StartTurnAsync(Turns.Key("abc"), first.Inbound.Id!, Ct);
        var fresh = await database.Store.StartTurnAsync(Turns.Key("abc"), "never-seen", Ct);
        var unknown = await database.Store.StartTurnAsync(Turns.Key("nobody"), "never-seen", Ct);

        Assert.Equal(first.Replies.Select(r => r.Text), resent.EarlierReplies!.Select(r => r.Text));
        Assert.Null(resent.Stored);
        Assert.Null(fresh.EarlierReplies);
        Assert.Equal(new StoredConversation("webchat|abc", 1, """{"turn":1}"""), fresh.Stored);
        Assert.Null(unknown.EarlierReplies);
        Assert.Null(unknown.Stored);
    }

    [Fact]
    public async Task FindReplies_returns_the_replies_stored_with_the_activity()
    {
        await using var database = await TestDatabase.CreateAsync();
        var commit = Turns.Commit("abc", 0, activityId: "a1");
        await database.Store.CommitAsync(commit, Ct);

        var replies = await database.Store.FindRepliesAsync(Turns.Key("abc"), "a1", Ct);

        Assert.Equal(commit.Replies, replies);
    }

    [Fact]
    public async Task FindReplies_returns_null_for_an_activity_not_processed()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0, activityId: "a1"), Ct);

        var replies = await database.Store.FindRepliesAsync(Turns.Key("abc"), "a2", Ct);

        Assert.Null(replies);
    }

    [Fact]
    public async Task Commit_of_an_activity_id_already_processed_is_a_conflict_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0, activityId: "a1"), Ct);

        await Assert.ThrowsAsync<TurnConflictException>(
            () => database.Store.CommitAsync(Turns.Commit("abc", 1, activityId: "a1"), Ct));

        Assert.Equal(1, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
        Assert.Equal(2, (await database.Queries.TranscriptAsync(Turns.Key("abc"), Ct)).Count);
    }

    [Fact]
    public async Task Commit_of_an_activity_without_id_saves_the_turn_without_dedupe()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.Store.CommitAsync(Turns.Commit("abc", 0, inbound: Turns.Inbound("abc", activityId: null)), Ct);
        await database.Store.CommitAsync(Turns.Commit("abc", 1, inbound: Turns.Inbound("abc", activityId: null)), Ct);

        Assert.Equal(2, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
        await using var context = await database.OpenContextAsync();
        Assert.Equal(0, await context.ProcessedActivities.CountAsync(Ct));
    }

    [Fact]
    public async Task Commit_saves_the_transcript_the_survey_response_and_the_customer()
    {
        await using var database = await TestDatabase.CreateAsync();
        var response = Turns.Response("abc", 9, Turns.Start.AddMinutes(5));

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [response]), Ct);

        Assert.Equal(Turns.Commit("abc", 0).Transcript, await database.Queries.TranscriptAsync(Turns.Key("abc"), Ct));
        Assert.Equal([response], await database.Queries.LatestAsync(10, Ct));
        await using var context = await database.OpenContextAsync();
        var customer = await context.Customers.SingleAsync(Ct);
        Assert.Equal(("webchat", "user-1", "Ann", "en-US", false), (customer.ChannelId, customer.ChannelUserId, customer.Name, customer.Locale, customer.OptedOut));
        Assert.Equal(response.StartedAt.UtcDateTime, customer.LastSurveyedAt);
        var conversation = await context.Conversations.SingleAsync(Ct);
        Assert.Equal(("webchat", "user-1", "Ann", "bot"), (conversation.ChannelId, conversation.CustomerId, conversation.CustomerName, conversation.Mode));
    }

    // SQLite writes the score, category, outcome and theme in a statement of their own, only when one changes (issue 13):
    // an answer that leaves them must still update the rest of the row, and one that changes them the row and the counts.
    [Fact]
    public async Task Later_answers_update_the_response_whether_or_not_its_score_category_outcome_and_theme_change()
    {
        await using var database = await TestDatabase.CreateAsync();
        var scored = Turns.Response("abc", 3, Turns.Start) with
        {
            ThemeGuess = "delivery", FollowUpAnswer = null, Outcome = "in_progress", CompletedAt = null, UpdatedAt = Turns.Start,
        };
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [scored]), Ct);

        var answered = scored with { FollowUpAnswer = "late twice", Remedy = "refund", Sentiment = -0.7, UpdatedAt = Turns.Start.AddMinutes(1) };
        await database.Store.CommitAsync(Turns.Commit("abc", 1, records: [answered]), Ct);
        Assert.Equal([answered], await database.Queries.LatestAsync(10, Ct));

        var rescored = answered with
        {
            Score = 8, Category = NpsCategory.Passive, Theme = "price", ThemeGuess = "price", Outcome = "completed",
            UpdatedAt = Turns.Start.AddMinutes(2), CompletedAt = Turns.Start.AddMinutes(2),
        };
        await database.Store.CommitAsync(Turns.Commit("abc", 2, records: [rescored]), Ct);
        Assert.Equal([rescored], await database.Queries.LatestAsync(10, Ct));

        await using var context = await database.OpenContextAsync();
        var counts = await context.ResponseDayCounts.Select(c => new { c.Category, c.Score, c.Theme, c.Responses, c.Completed }).ToListAsync(Ct);
        Assert.Equal([new { Category = NpsCategory.Passive, Score = 8, Theme = "price", Responses = 1, Completed = 1 }], counts);
    }

    // On SQLite the writer binds its values by position through SQLitePCL rather than by name through Microsoft.Data.Sqlite
    // (SqliteRawStatement, issue 13): what it stores must be what Microsoft.Data.Sqlite and EF store, type and text alike,
    // or EF's readers, comparisons of dates as text and the indexes would see other values.
    [Fact]
    public async Task On_sqlite_the_writer_stores_each_value_as_microsoft_data_sqlite_would()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        var startedAt = new DateTimeOffset(2026, 11, 23, 9, 58, 1, 250, TimeSpan.Zero).AddTicks(7);
        var response = Turns.Response("abc", 4, Turns.Start) with
        {
            StartedAt = startedAt, Reason = "Livraison très en retard — encore 😞", FollowUpAnswer = "", Sentiment = -0.25, WantsContact = true,
        };

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [response]), Ct);

        using var connection = database.OpenConnection();
        var stored = SqlRows.Strings(connection, """
            SELECT typeof(started_at) || '|' || started_at || '|' || typeof(score) || '|' || typeof(sentiment) || '|' || sentiment
                   || '|' || typeof(wants_contact) || '|' || wants_contact || '|' || typeof(follow_up_answer) || '|' || length(follow_up_answer)
                   || '|' || reason || '|' || (SELECT typeof(last_surveyed_at) || '|' || last_surveyed_at FROM customers)
            FROM survey_responses
            """);

        // The response's times are Unix milliseconds (IntegerTimes); the customer's are text, with the ticks.
        Assert.Equal(["integer|1795427881250|integer|real|-0.25|integer|1|text|0|Livraison très en retard — encore 😞|text|2026-11-23 09:58:01.2500007"], stored);

        // The same date written by Microsoft.Data.Sqlite itself, for comparison.
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT $at";
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$at", startedAt.UtcDateTime));
        Assert.Equal("2026-11-23 09:58:01.2500007", command.ExecuteScalar());
        Assert.Equal([response with { StartedAt = startedAt.AddTicks(-7) }], await database.Queries.LatestAsync(10, Ct));
    }

    // The writer binds text as UTF-8 (SqliteRawStatement.BindText): short text from the stack, long text from a pooled
    // buffer, a lone surrogate replaced as Microsoft.Data.Sqlite replaces it.
    [Fact]
    public async Task On_sqlite_the_writer_stores_long_text_and_lone_surrogates_as_microsoft_data_sqlite_would()
    {
        await using var database = await TestDatabase.CreateAsync(sqlite: true);
        var longReason = string.Concat(Enumerable.Repeat("Colis perdu, délai dépassé — 😞 ", 40));
        var broken = "Late \ud83d parcel";
        var response = Turns.Response("abc", 2, Turns.Start) with { Reason = longReason, FollowUpAnswer = broken };

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [response]), Ct);

        using var connection = database.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT reason = $long, follow_up_answer = $broken, follow_up_answer FROM survey_responses";
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$long", longReason));
        command.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$broken", broken));
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((1L, 1L, "Late \ufffd parcel"), (reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2)));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(longReason) > 512);
    }

    [Fact]
    public async Task Later_turns_update_the_customer_instead_of_adding_one()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [Turns.Response("abc", 3, Turns.Start)]), Ct);

        var renamed = Turns.Inbound("abc", "a2", userName: "Ann Lee");
        await database.Store.CommitAsync(Turns.Commit("abc", 1, inbound: renamed), Ct);

        await using var context = await database.OpenContextAsync();
        var customer = await context.Customers.SingleAsync(Ct);
        Assert.Equal("Ann Lee", customer.Name);
        Assert.Equal(Turns.Start.AddMinutes(-2).UtcDateTime, customer.LastSurveyedAt);
    }

    [Fact]
    public async Task A_turn_without_a_verified_customer_creates_no_customer_row_issue_7()
    {
        await using var database = await TestDatabase.CreateAsync();

        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [Turns.Response("abc", 9, Turns.Start)], verified: false), Ct);

        await using var context = await database.OpenContextAsync();
        Assert.Equal(0, await context.Customers.CountAsync(Ct));
        var conversation = await context.Conversations.SingleAsync(Ct);
        Assert.Equal((null, null), (conversation.CustomerId, conversation.CustomerName));
    }

    [Fact]
    public async Task An_unverified_sender_with_a_customers_id_and_another_name_leaves_their_row_alone_issue_7()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0, records: [Turns.Response("abc", 3, Turns.Start)]), Ct);

        var impostor = Turns.Inbound("other", "x1", userId: "user-1", userName: "Mallory");
        await database.Store.CommitAsync(Turns.Commit("other", 0, inbound: impostor, records: [Turns.Response("other", 10, Turns.Start.AddHours(1))], verified: false), Ct);

        await using var context = await database.OpenContextAsync();
        var customer = await context.Customers.SingleAsync(Ct);
        Assert.Equal("Ann", customer.Name);
        // Last surveyed is when the verified customer's own survey started, not the impostor's.
        Assert.Equal(Turns.Response("abc", 3, Turns.Start).StartedAt.UtcDateTime, customer.LastSurveyedAt);
    }

    [Fact]
    public async Task Commits_are_still_there_after_disposing_and_reopening_the_database()
    {
        await using var database = await TestDatabase.CreateAsync();
        await database.Store.CommitAsync(Turns.Commit("abc", 0, activityId: "a1"), Ct);

        await database.ReopenAsync();

        Assert.Equal(1, (await database.Store.LoadAsync(Turns.Key("abc"), Ct))?.Version);
        Assert.NotNull(await database.Store.FindRepliesAsync(Turns.Key("abc"), "a1", Ct));
    }

    [Fact]
    public async Task Commit_with_a_canceled_token_throws_and_saves_nothing()
    {
        await using var database = await TestDatabase.CreateAsync();
        using var canceled = new CancellationTokenSource();
        await canceled.CancelAsync();

        var commit = () => database.Store.CommitAsync(Turns.Commit("abc", 0), canceled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(commit);
        Assert.Null(await database.Store.LoadAsync(Turns.Key("abc"), Ct));
    }

    [Fact]
    public async Task Commit_after_dispose_throws_ObjectDisposedException()
    {
        await using var database = await TestDatabase.CreateAsync();
        var store = database.Store;
        await store.DisposeAsync();

        var commit = () => store.CommitAsync(Turns.Commit("abc", 0), Ct);

        await Assert.ThrowsAsync<ObjectDisposedException>(commit);
    }
}
