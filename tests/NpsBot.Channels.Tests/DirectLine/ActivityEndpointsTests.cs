using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;
using NpsBot.Conversations.Activities;
using NpsBot.Testing.Bots;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class ActivityEndpointsTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly DirectLineClient _client = new(factory);

    [Fact]
    public async Task A_posted_message_is_echoed_with_its_id_client_activity_id_and_user_role()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var greeting = await _client.GetActivitiesAsync(conversation);

        var id = await _client.PostMessageAsync(conversation, "9", "client-1");

        var after = await _client.GetActivitiesAsync(conversation, greeting.Watermark);
        var echo = after.Activities[0];
        Assert.Equal(id, echo.Id);
        Assert.Equal("9", echo.Text);
        Assert.Equal(RoleTypes.User, echo.From!.Role);
        Assert.Equal("client-1", echo.ChannelData!.Value.GetProperty("clientActivityID").GetString());
        Assert.Equal(Tokens().Read(conversation.Token!).Token!.UserId, echo.From.Id);
    }

    [Fact]
    public async Task The_bots_reply_comes_after_the_echo_answers_it_and_has_its_own_id_and_bot_role()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var greeting = await _client.GetActivitiesAsync(conversation);

        var id = await _client.PostMessageAsync(conversation, "3", "client-1");

        var after = (await _client.GetActivitiesAsync(conversation, greeting.Watermark)).Activities;
        Assert.Equal(2, after.Count);
        var reply = after[1];
        Assert.Equal(RoleTypes.Bot, reply.From!.Role);
        Assert.Equal(id, reply.ReplyToId);
        Assert.NotEqual(id, reply.Id);
        Assert.True(reply.Timestamp > after[0].Timestamp);
        var all = (await _client.GetActivitiesAsync(conversation)).Activities;
        Assert.Equal(all.Count, all.Select(activity => activity.Id).Distinct().Count());
    }

    [Fact]
    public async Task Polling_from_each_watermark_loses_nothing_and_repeats_nothing()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var seen = new List<Activity>();
        var watermark = (string?)null;

        foreach (var text in new[] { "10", "Friendly staff" })
        {
            var set = await _client.GetActivitiesAsync(conversation, watermark);
            seen.AddRange(set.Activities);
            watermark = set.Watermark;
            await _client.PostMessageAsync(conversation, text, $"client-{text}");
        }

        var last = await _client.GetActivitiesAsync(conversation, watermark);
        seen.AddRange(last.Activities);
        var empty = await _client.GetActivitiesAsync(conversation, last.Watermark);
        Assert.Empty(empty.Activities);
        Assert.Equal(last.Watermark, empty.Watermark);
        Assert.Equal((await _client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Id), seen.Select(a => a.Id));
        Assert.Equal(ScriptedSurveyBot.Thanks, seen[^1].Text);
    }

    [Fact]
    public async Task Posting_with_another_conversations_token_is_403()
    {
        var mine = await _client.StartWithWebChatTokenAsync();
        var theirs = await _client.StartWithWebChatTokenAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{theirs.ConversationId}/activities", mine.Token, new { type = "message", text = "hi" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Polling_with_an_expired_token_is_403_TokenExpired()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var token = Tokens().Read(conversation.Token!).Token!;
        var expired = Tokens().Issue(token with { ExpiresAt = DateTimeOffset.UtcNow.AddSeconds(-5) });

        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}/activities", expired);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(ErrorCodes.TokenExpired, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task The_stream_token_of_a_stream_url_cannot_post()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var streamUrl = conversation.StreamUrl!;
        var streamToken = Uri.UnescapeDataString(streamUrl[(streamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)..]);

        using var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", streamToken, new { type = "message", text = "hi" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Polling_an_unknown_conversation_is_404_not_a_server_error()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/conversations/gone/activities?watermark=7", _client.Secret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Polling_with_an_unreadable_watermark_answers_from_the_start()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();

        var set = await _client.GetActivitiesAsync(conversation, "not-a-number");

        Assert.NotEmpty(set.Activities);
    }

    [Theory]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("{\"type\":")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task A_bad_activity_body_is_400_with_a_direct_line_error(string body)
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        using var response = await _client.SendAsync(HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadArgument, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task An_activity_larger_than_the_limit_is_413()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();

        using var response = await _client.SendAsync(
            HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new { type = "message", text = new string('x', 300 * 1024) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private DirectLineTokenService Tokens() => factory.Services.GetRequiredService<DirectLineTokenService>();
}
