using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NpsBot.Channels.DirectLine;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Issue 7: replies committed but never logged (the server died in between) are recovered once; idle conversations end in the database too.</summary>
public sealed class LogRecoveryTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    [Fact]
    public async Task Replies_of_a_turn_committed_before_a_crash_reach_the_log_once_without_running_the_bot_again()
    {
        var bot = new CountingBot();
        using var server = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<IBot>(bot)));
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();
        var log = server.Services.GetRequiredService<IDirectLineActivityLog>();
        var user = new ChannelAccount { Id = "dl_crash", Role = RoleTypes.User };
        var inbound = new Activity
        {
            Type = ActivityTypes.Message, Text = "before the crash", ChannelId = "directline", From = user,
            Conversation = new ConversationAccount { Id = conversation.ConversationId }, Recipient = new ChannelAccount { Id = "npsbot", Role = RoleTypes.Bot },
        };

        // What a post does up to the crash: the echo is logged and the turn committed, but its replies never reach the log.
        var echo = (await log.AppendPostAsync(conversation.ConversationId, inbound, "client-crash", TestContext.Current.CancellationToken))!.Echo!;
        await server.Services.GetRequiredService<IConversationRunner>().RunTurnAsync(echo, new TurnOrigin(KeySpaces.DirectLine), TestContext.Current.CancellationToken);
        await Task.Delay(20, TestContext.Current.CancellationToken);
        var turns = server.Services.GetRequiredService<DirectLineTurns>();
        var recovered = await turns.RecoverAsync(TimeSpan.Zero, TestContext.Current.CancellationToken);
        var again = await turns.RecoverAsync(TimeSpan.Zero, TestContext.Current.CancellationToken);

        Assert.Equal(1, recovered);
        Assert.Equal(0, again);
        Assert.Equal(1, bot.Messages);
        var replies = (await client.GetActivitiesAsync(conversation)).Activities.Where(activity => activity.ReplyToId == echo.Id).ToList();
        Assert.Equal(["message 1"], replies.Select(reply => reply.Text));
        Assert.Equal(RoleTypes.Bot, replies[0].From!.Role);
    }

    [Fact]
    public async Task An_idle_conversation_is_removed_from_the_database_and_its_stream_is_closed()
    {
        using var server = new ConfiguredFactory(("DirectLine:ConversationIdleExpiry", "00:00:01"));
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();
        using var socket = await client.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveSetAsync(socket);

        var closed = await ReceiveCloseAsync(socket);
        using var poll = await client.SendAsync(HttpMethod.Get, $"/conversations/{conversation.ConversationId}/activities", conversation.Token);

        Assert.Equal("conversation ended", closed.CloseStatusDescription);
        Assert.Equal(HttpStatusCode.NotFound, poll.StatusCode);
        Assert.Equal(0, await LogDatabase.StoredBytesAsync(server.DataDirectory, conversation.ConversationId));
    }

    private static async Task<WebSocketReceiveResult> ReceiveCloseAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, limit.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return result;
            }
        }
    }
}
