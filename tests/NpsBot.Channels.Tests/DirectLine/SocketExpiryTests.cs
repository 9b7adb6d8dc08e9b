using System.Net.WebSockets;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NpsBot.Testing.Hosting;

namespace NpsBot.Channels.Tests.DirectLine;

/// <summary>Issue 7: a stream token's socket does not outlive the token; the client reconnects with its refreshed token.</summary>
public sealed class SocketExpiryTests(NpsBotApplicationFactory factory) : IClassFixture<NpsBotApplicationFactory>
{
    [Fact]
    public async Task A_socket_is_closed_when_the_token_it_was_opened_with_expires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var server = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        var client = new DirectLineClient(server);
        var conversation = await client.StartWithWebChatTokenAsync();
        using var socket = await client.ConnectAsync(conversation.StreamUrl!);
        await DirectLineClient.ReceiveSetAsync(socket);

        clock.Advance(TimeSpan.FromMinutes(29));
        var stillOpen = socket.State;
        clock.Advance(TimeSpan.FromMinutes(2));
        var closed = await ReceiveCloseAsync(socket);

        Assert.Equal(WebSocketState.Open, stillOpen);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, closed.CloseStatus);
        Assert.Equal("token expired", closed.CloseStatusDescription);
    }

    /// <summary>Reads past keep-alives until the server's close frame.</summary>
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
