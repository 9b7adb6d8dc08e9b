using System.Net.WebSockets;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Streaming;

/// <summary>
/// One client's WebSocket: replays the log after the client's watermark, then sends every new ActivitySet and typing
/// as it happens, an empty message after <see cref="DirectLineOptions.KeepAliveInterval"/> of silence, and ignores
/// what the client sends (DirectLineJS pings with empty messages). Closes when the conversation expires, and when the
/// token that opened it expires (the client reconnects with its refreshed token).
/// </summary>
public sealed class StreamConnection(IDirectLineActivityLog log, IOptions<DirectLineOptions> options, TimeProvider clock)
{
    public async Task RunAsync(WebSocket socket, string conversationId, long watermark, DateTimeOffset closesAt, CancellationToken cancellationToken)
    {
        var signals = Channel.CreateUnbounded<StreamSignal>(new UnboundedChannelOptions { SingleReader = true });
        var lifetime = closesAt - clock.GetUtcNow();
        using var expired = lifetime < TimeSpan.FromDays(30) ? new CancellationTokenSource(lifetime > TimeSpan.Zero ? lifetime : TimeSpan.Zero, clock) : new CancellationTokenSource();
        using var running = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expired.Token);
        using var subscription = log.Subscribe(conversationId, signal => signals.Writer.TryWrite(signal));
        var receiving = DiscardIncomingAsync(socket, running);
        signals.Writer.TryWrite(new StreamSignal(null, long.MaxValue));
        try
        {
            var sent = watermark;
            while (!running.IsCancellationRequested && sent >= 0)
            {
                if (!await WaitAsync(signals.Reader, running.Token))
                {
                    await SendAsync(socket, ReadOnlyMemory<byte>.Empty, running.Token);
                    continue;
                }

                while (sent >= 0 && signals.Reader.TryRead(out var signal))
                {
                    sent = await HandleAsync(socket, conversationId, signal, sent, running.Token);
                }
            }

            await (expired.IsCancellationRequested
                ? CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "token expired")
                : CloseAsync(socket, WebSocketCloseStatus.NormalClosure, sent < 0 ? "conversation ended" : "closing"));
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            await (expired.IsCancellationRequested
                ? CloseAsync(socket, WebSocketCloseStatus.PolicyViolation, "token expired")
                : CloseAsync(socket, WebSocketCloseStatus.EndpointUnavailable, "server stopping"));
        }
        finally
        {
            await running.CancelAsync();
            await receiving;
        }
    }

    /// <summary>Sends what the signal stands for; answers the watermark sent so far, or -1 once the conversation is gone.</summary>
    private async Task<long> HandleAsync(WebSocket socket, string conversationId, StreamSignal signal, long sent, CancellationToken cancellationToken)
    {
        if (signal == StreamSignal.Ended)
        {
            return -1;
        }

        if (signal.Ephemeral is { } ephemeral)
        {
            // A typing published before activities this client already has would show up after the reply: drop it.
            if (signal.Watermark >= sent)
            {
                await SendAsync(socket, new ActivitySet([ephemeral], Watermark(sent)), cancellationToken);
            }

            return sent;
        }

        while (await log.ReadAsync(conversationId, sent, options.Value.PageSize, cancellationToken) is { } set)
        {
            if (set.Activities.Count == 0)
            {
                return sent;
            }

            await SendAsync(socket, set, cancellationToken);
            sent = ParseWatermark(set);
        }

        return -1;
    }

    private async Task<bool> WaitAsync(ChannelReader<StreamSignal> reader, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keepAlive = Task.Delay(options.Value.KeepAliveInterval, clock, timeout.Token);
        var ready = reader.WaitToReadAsync(timeout.Token).AsTask();
        var first = await Task.WhenAny(ready, keepAlive);
        await timeout.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return first == ready && await ready;
    }

    private static Task SendAsync(WebSocket socket, ActivitySet set, CancellationToken cancellationToken) =>
        SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(set, ActivityJson.Options), cancellationToken);

    private static async Task SendAsync(WebSocket socket, ReadOnlyMemory<byte> frame, CancellationToken cancellationToken) =>
        await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task DiscardIncomingAsync(WebSocket socket, CancellationTokenSource running)
    {
        var buffer = new byte[4096];
        try
        {
            while (!running.IsCancellationRequested)
            {
                var received = await socket.ReceiveAsync(buffer.AsMemory(), running.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // The socket is gone or the stream is stopping.
        }

        await running.CancelAsync();
    }

    private static async Task CloseAsync(WebSocket socket, WebSocketCloseStatus status, string reason)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            try
            {
                await socket.CloseOutputAsync(status, reason, limit.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
            {
                // Nothing more to tell a client that is gone.
            }
        }
    }

    private static long ParseWatermark(ActivitySet set) => long.Parse(set.Watermark!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Watermark(long watermark) => watermark.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
