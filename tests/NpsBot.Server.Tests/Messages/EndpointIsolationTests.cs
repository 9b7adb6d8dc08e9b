using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Conversations.Activities;
using NpsBot.Server.Tests.Support;
using NpsBot.Server.WebChat;
using NpsBot.Storage;

namespace NpsBot.Server.Tests.Messages;

/// <summary>
/// The attacks of issue 7 on another endpoint's conversations and on customer rows, made from /api/messages in local
/// development against web chat customers of the same server.
/// </summary>
public sealed class EndpointIsolationTests : IAsyncDisposable
{
    private const string SigningKey = "edges-signing-key-0123456789-abcdef";

    private readonly ServerFactory _server = new(settings: new Dictionary<string, string?> { ["WebChat:CustomerSigningKey"] = SigningKey });

    public ValueTask DisposeAsync() => _server.DisposeWithDataAsync();

    private async Task<T> QueryAsync<T>(Func<NpsBotDbContext, Task<T>> query)
    {
        await using var context = await _server.Services.GetRequiredService<IDbContextFactory<NpsBotDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await query(context);
    }

    private async Task<HttpResponseMessage> PostToMessagesAsync(Activity activity) =>
        await _server.CreateClient().PostAsJsonAsync("/api/messages", activity, ActivityJson.Options, TestContext.Current.CancellationToken);

    private static Activity Forged(string conversationId, string activityId, string type, string fromId = "attacker", string? fromName = null) => new()
    {
        Type = type, Id = activityId, ChannelId = "directline", DeliveryMode = DeliveryModes.ExpectReplies, Locale = "en-US",
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = fromId, Name = fromName, Role = RoleTypes.User },
        Recipient = new ChannelAccount { Id = "npsbot", Role = RoleTypes.Bot },
        MembersAdded = type == ActivityTypes.ConversationUpdate ? [new ChannelAccount { Id = fromId }] : null,
    };

    [Fact]
    public async Task Api_messages_with_channel_directline_and_a_web_chat_conversation_id_neither_replays_nor_answers_it_issue_7()
    {
        var customer = await WebChatCustomer.StartAsync(_server.CreateClient());
        var before = await QueryAsync(db => db.Conversations.AsNoTracking().SingleAsync(c => c.ConversationKey.EndsWith("|" + customer.ConversationId)));
        var greeting = await customer.BotTextsAsync();

        // The id of the web chat's start activity: a replay would be answered from its stored replies.
        using var replay = await PostToMessagesAsync(Forged(customer.ConversationId, $"{customer.ConversationId}|start", ActivityTypes.ConversationUpdate));
        using var answer = await PostToMessagesAsync(Forged(customer.ConversationId, "forged-2", ActivityTypes.Message) with { Text = "0" });

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var after = await QueryAsync(db => db.Conversations.AsNoTracking().Where(c => c.ConversationKey.EndsWith("|" + customer.ConversationId)).ToListAsync());
        Assert.Equal(2, after.Count);
        Assert.Equal(before.Version, after.Single(c => c.ConversationKey == before.ConversationKey).Version);
        Assert.Equal(before.StateJson, after.Single(c => c.ConversationKey == before.ConversationKey).StateJson);
        Assert.Equal(greeting, await customer.BotTextsAsync());

        // The forged score is a survey of its own conversation in the Bot Framework key space, never the web chat's.
        var responses = await QueryAsync(db => db.SurveyResponses.AsNoTracking().ToListAsync());
        Assert.DoesNotContain(responses, response => response.ConversationKey == before.ConversationKey);
    }

    [Fact]
    public async Task A_signed_customer_without_a_name_does_not_take_the_name_the_client_sends_issue_7()
    {
        var signed = SignedCustomer.Sign("cust-7", null, SigningKey, DateTimeOffset.UtcNow.AddMinutes(10));
        var customer = await WebChatCustomer.StartAsync(_server.CreateClient(), signed);

        await customer.PostAsync("9", from: new { id = "dl_cust-7", name = "Mallory", role = "user" });

        var row = await QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.ChannelUserId == "dl_cust-7"));
        Assert.Null(row.Name);
        Assert.DoesNotContain("Mallory", string.Join("\n", await customer.BotTextsAsync()));
        var transcript = await QueryAsync(db => db.TranscriptEntries.AsNoTracking().Select(t => t.FromName).ToListAsync());
        Assert.DoesNotContain("Mallory", transcript);
    }

    [Fact]
    public async Task Api_messages_with_another_customers_id_and_name_neither_renames_nor_touches_their_row_issue_7()
    {
        var signed = SignedCustomer.Sign("cust-8", "Ana", SigningKey, DateTimeOffset.UtcNow.AddMinutes(10));
        await WebChatCustomer.StartAsync(_server.CreateClient(), signed);
        var before = await QueryAsync(db => db.Customers.AsNoTracking().SingleAsync(c => c.ChannelUserId == "dl_cust-8"));

        using var join = await PostToMessagesAsync(Forged("forged-conversation", "f1", ActivityTypes.ConversationUpdate, "dl_cust-8", "Mallory"));
        using var score = await PostToMessagesAsync(Forged("forged-conversation", "f2", ActivityTypes.Message, "dl_cust-8", "Mallory") with { Text = "10", Locale = "fr-FR" });
        using var why = await PostToMessagesAsync(Forged("forged-conversation", "f3", ActivityTypes.Message, "dl_cust-8", "Mallory") with { Text = "great", Locale = "fr-FR" });

        Assert.Equal(HttpStatusCode.OK, score.StatusCode);
        var customers = await QueryAsync(db => db.Customers.AsNoTracking().ToListAsync());
        var after = Assert.Single(customers);
        Assert.Equal(("Ana", before.Locale, before.LastSurveyedAt, before.UpdatedAt), (after.Name, after.Locale, after.LastSurveyedAt, after.UpdatedAt));
    }

    [Fact]
    public async Task Channel_msteams_pipe_tenantA_with_c9_and_msteams_with_tenantA_pipe_c9_are_two_conversations_issue_7()
    {
        var first = Forged("c9", "k1", ActivityTypes.ConversationUpdate) with { ChannelId = "msteams|tenantA" };
        var second = Forged("tenantA|c9", "k1", ActivityTypes.ConversationUpdate) with { ChannelId = "msteams" };

        using var one = await PostToMessagesAsync(first);
        using var two = await PostToMessagesAsync(second);

        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Equal(HttpStatusCode.OK, two.StatusCode);
        Assert.Equal(2, await QueryAsync(db => db.Conversations.CountAsync()));
        Assert.Equal(2, await QueryAsync(db => db.ProcessedActivities.CountAsync(a => a.ActivityId == "k1")));
    }

    [Fact]
    public async Task A_conversation_id_of_100_KB_gets_400_naming_the_field_and_nothing_is_stored_issue_7()
    {
        var huge = Forged(new string('c', 100 * 1024), "big-1", ActivityTypes.Message) with { Text = "hi", ChannelId = "emulator" };

        using var response = await PostToMessagesAsync(huge);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("'conversation.id'", problem.GetProperty("detail").GetString());
        Assert.Equal(0, await QueryAsync(db => db.Conversations.CountAsync()));
    }
}
