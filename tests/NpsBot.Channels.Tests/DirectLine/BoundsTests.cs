using System.Net;
using System.Net.Http.Json;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Issue 7: what one customer can cost is bounded, and every breach is a clear 4xx (413, or 429 with Retry-After).</summary>
public sealed class BoundsTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    [Fact]
    public async Task Five_hundred_posts_of_256_KB_are_all_refused_and_store_nothing()
    {
        var client = new DirectLineClient(factory);
        var conversation = await client.StartWithWebChatTokenAsync();
        var before = await LogDatabase.StoredBytesAsync(factory.DataDirectory, conversation.ConversationId);
        var big = new string('x', 256 * 1024);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 500; i++)
        {
            using var response = await client.SendAsync(
                HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new { type = "message", text = big, channelData = new { clientActivityID = $"big-{i}" } });
            statuses.Add(response.StatusCode);
            Assert.True(response.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.RetryAfter is not null);
        }

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.TooManyRequests }));
        Assert.Equal(before, await LogDatabase.StoredBytesAsync(factory.DataDirectory, conversation.ConversationId));
    }

    [Fact]
    public async Task A_text_longer_than_the_limit_is_413_even_in_a_small_body()
    {
        var client = new DirectLineClient(factory);
        var conversation = await client.StartWithWebChatTokenAsync();

        using var response = await client.SendAsync(
            HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new { type = "message", text = new string('y', 2001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ErrorCodes.PayloadTooLarge, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task A_conversation_that_stored_its_limit_refuses_further_posts_with_413()
    {
        using var server = new ConfiguredFactory(("DirectLine:MaxBytesPerConversation", "20000"), ("DirectLine:PostsPerMinute", "1000"));
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();

        var refused = await PostFillersUntilRefusedAsync(client, conversation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal(ErrorCodes.ConversationTooLarge, (await DirectLineClient.ReadErrorAsync(refused)).Error.Code);
        Assert.InRange(await LogDatabase.StoredBytesAsync(server.DataDirectory, conversation.ConversationId), 10_000, 20_000 + 2_000);
    }

    [Fact]
    public async Task Past_the_total_limit_posts_and_new_conversations_get_429_with_retry_after()
    {
        using var server = new ConfiguredFactory(("DirectLine:MaxStoredBytes", "65536"), ("DirectLine:PostsPerMinute", "1000"));
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();

        var refused = await PostFillersUntilRefusedAsync(client, conversation);
        using var start = await client.SendAsync(HttpMethod.Post, "/conversations", (await client.GetWebChatTokenAsync()).Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.TooManyRequests, start.StatusCode);
        Assert.NotNull(start.Headers.RetryAfter);
    }

    [Fact]
    public async Task Posts_past_the_rate_limit_get_429_with_retry_after()
    {
        using var server = new ConfiguredFactory(("DirectLine:PostsPerMinute", "5"));
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();
        for (var i = 0; i < 5; i++)
        {
            await client.PostMessageAsync(conversation, "5", $"client-{i}");
        }

        using var response = await client.SendAsync(
            HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token, new { type = "message", text = "one more" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(response.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(ErrorCodes.TooManyRequests, (await DirectLineClient.ReadErrorAsync(response)).Error.Code);
    }

    [Fact]
    public async Task Two_hundred_sockets_from_one_token_hold_no_more_than_the_limit_open()
    {
        var client = new DirectLineClient(factory);
        var conversation = await client.StartWithWebChatTokenAsync();
        var open = new List<System.Net.WebSockets.WebSocket>();
        var refused = new List<Exception>();

        for (var i = 0; i < 200; i++)
        {
            if (i < 2)
            {
                open.Add(await client.ConnectAsync(conversation.StreamUrl!));
            }
            else
            {
                refused.Add(await Assert.ThrowsAnyAsync<Exception>(() => client.ConnectAsync(conversation.StreamUrl!)));
            }
        }

        Assert.Equal(2, open.Count);
        Assert.All(refused, ex => Assert.Contains("429", ex.Message, StringComparison.Ordinal));
        foreach (var socket in open)
        {
            socket.Dispose();
        }
    }

    [Fact]
    public async Task The_stream_url_is_built_from_the_configured_public_base_url_not_the_host_header()
    {
        // AllowedHosts "*": an operator who turned host filtering off still gets streamUrls on the public address only.
        using var server = new ConfiguredFactory(("DirectLine:PublicBaseUrl", "https://nps.example.com/chat"), ("AllowedHosts", "*"));
        var client = new DirectLineClient(server);
        var token = (await client.GetWebChatTokenAsync()).Token!;
        using var request = new HttpRequestMessage(HttpMethod.Post, DirectLineClient.Base + "/conversations");
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.Host = "attacker.example";

        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        var started = (await response.Content.ReadFromJsonAsync<ConversationInfo>(ActivityJson.Options, TestContext.Current.CancellationToken))!;
        Assert.StartsWith($"wss://nps.example.com/chat/v3/directline/conversations/{started.ConversationId}/stream?", started.StreamUrl, StringComparison.Ordinal);
    }

    /// <summary>Posts 6 KB activities (text within its limit, the rest in channelData) until the log refuses one.</summary>
    private static async Task<HttpResponseMessage> PostFillersUntilRefusedAsync(DirectLineClient client, ConversationInfo conversation)
    {
        for (var i = 0; i < 100; i++)
        {
            var response = await client.SendAsync(
                HttpMethod.Post, $"/conversations/{conversation.ConversationId}/activities", conversation.Token,
                new { type = "message", text = "filler", channelData = new { clientActivityID = $"filler-{i}", padding = new string('p', 6000) } });
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return response;
            }

            response.Dispose();
        }

        throw new InvalidOperationException("The log never refused a post.");
    }
}
