using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Testing.Bots;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

public sealed class StreamTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    private readonly DirectLineClient _client = new(factory);

    [Fact]
    public async Task On_connect_the_stream_replays_the_greeting_sent_before_the_socket_opened()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();

        using var socket = await _client.ConnectAsync(conversation.StreamUrl!);

        var set = await DirectLineClient.ReceiveSetAsync(socket);
        Assert.Equal(SurveyExpectations.ScoreButtons, set.Activities[^1].SuggestedActions!.Actions.Select(action => action.Title));
        Assert.Equal(set.Activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), set.Watermark);
    }

    [Fact]
    public async Task A_post_comes_back_on_the_stream_as_echo_then_typing_while_the_bot_works_then_the_reply()
    {
        var bot = new GatedBot();
        using var gated = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IBot>(bot)));
        var client = new DirectLineClient(gated);
        var conversation = await client.StartWithWebChatTokenAsync();
        using var socket = await client.ConnectAsync(conversation.StreamUrl!);

        var posting = client.PostMessageAsync(conversation, "10", "client-1");
        var whileWorking = await DirectLineClient.ReceiveUntilAsync(socket, activity => activity.Type == ActivityTypes.Typing);
        bot.Release();
        var id = await posting;
        var reply = await DirectLineClient.ReceiveUntilAsync(socket, activity => activity.ReplyToId == id);

        Assert.Equal([id, null], whileWorking.Select(activity => activity.Id));
        Assert.Equal(RoleTypes.Bot, whileWorking[1].From!.Role);
        Assert.Equal(ActivityTypes.Message, reply[^1].Type);
        Assert.Equal(RoleTypes.Bot, reply[^1].From!.Role);
    }

    [Fact]
    public async Task A_quiet_stream_sends_empty_keep_alive_messages()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        using var socket = await _client.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveSetAsync(socket);

        var next = await DirectLineClient.ReceiveTextAsync(socket);

        Assert.Equal("", next);
    }

    [Fact]
    public async Task Reconnecting_with_the_last_watermark_loses_nothing_and_repeats_nothing()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var seen = new List<Activity>();
        string? watermark;
        using (var first = await _client.ConnectAsync(conversation.StreamUrl!))
        {
            var greeting = await DirectLineClient.ReceiveSetAsync(first);
            seen.AddRange(greeting.Activities);
            watermark = greeting.Watermark;
            await first.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", TestContext.Current.CancellationToken);
        }

        var id = await _client.PostMessageAsync(conversation, "5", "client-1");
        using var response = await _client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}?watermark={watermark}", conversation.Token);
        var reconnected = (await DirectLineClient.ReadAsync<ConversationInfo>(response))!;
        using var second = await _client.ConnectAsync(reconnected.StreamUrl!);

        seen.AddRange((await DirectLineClient.ReceiveUntilAsync(second, activity => activity.ReplyToId == id)).Where(a => a.Type != ActivityTypes.Typing));

        Assert.Equal((await _client.GetActivitiesAsync(conversation)).Activities.Select(a => a.Id), seen.Select(a => a.Id));
    }

    [Fact]
    public async Task A_stream_url_with_a_bad_token_is_refused_before_the_upgrade()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();
        var streamUrl = conversation.StreamUrl!;
        var url = streamUrl[..(streamUrl.IndexOf("&t=", StringComparison.Ordinal) + 3)] + "bad.token.value";

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => _client.ConnectAsync(url));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_stream_of_another_conversation_is_refused()
    {
        var mine = await _client.StartWithWebChatTokenAsync();
        var theirs = await _client.StartWithWebChatTokenAsync();
        var streamUrl = theirs.StreamUrl!;
        var url = streamUrl[..streamUrl.IndexOf("&t=", StringComparison.Ordinal)] + "&t=" + Uri.EscapeDataString(mine.Token!);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => _client.ConnectAsync(url));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_get_on_the_stream_is_400()
    {
        var conversation = await _client.StartWithWebChatTokenAsync();

        using var response = await _client.Http.GetAsync(new Uri(conversation.StreamUrl!.Replace("ws://localhost", "http://localhost", StringComparison.Ordinal)), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
