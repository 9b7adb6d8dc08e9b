using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;
using NpsBot.Channels.DirectLine.Limits;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Streaming;
using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>GET conversations/{id}/stream?t=&amp;watermark=: the WebSocket of a streamUrl (authorized by its "t" token).</summary>
public static class StreamEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync).WithName("StreamConnection")
            .WithSummary("WebSocket: ActivitySets after the watermark, then as they happen; empty messages keep it alive.");

    private static async Task<IResult> StreamAsync(
        string conversationId, string? t, string? watermark, HttpContext context, DirectLineAuth auth, DirectLineTokenService tokens,
        IDirectLineActivityLog log, StreamConnection stream, SocketCounter sockets, IHostApplicationLifetime lifetime)
    {
        var (caller, error) = t is { Length: > 0 }
            ? DirectLineAuth.Check(tokens.Read(t), TokenScopes.Stream, TokenScopes.Conversation)
            : auth.Authenticate(context.Request);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.MayUse(conversationId))
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "The token belongs to another conversation.");
        }

        if (await log.FindAsync(conversationId, context.RequestAborted) is null)
        {
            return DirectLineResults.NotFound(conversationId);
        }

        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, "The stream is a WebSocket.");
        }

        // Refused before the upgrade, so a client that opens socket after socket holds no more than the limit (issue 7).
        using var slot = sockets.TryOpen(conversationId);
        if (slot is null)
        {
            return DirectLineResults.TooManyRequests(TimeSpan.FromSeconds(15), "This conversation has all the WebSockets it may open; close one first.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);

        // A secret (server side) has no expiry; a token's socket closes when the token would (issue 7).
        var closesAt = caller.Token?.SocketClosesAt ?? DateTimeOffset.MaxValue;
        await stream.RunAsync(socket, conversationId, DirectLineRequest.Watermark(watermark), closesAt, stopping.Token);
        return Results.Empty;
    }
}
