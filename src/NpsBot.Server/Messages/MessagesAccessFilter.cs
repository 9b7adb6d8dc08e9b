using System.Net;
using Microsoft.Extensions.Options;
using NpsBot.Server.Hosting;

namespace NpsBot.Server.Messages;

/// <summary>
/// Who may post to /api/messages. Bot Framework connector tokens are not validated yet (the channels issue), so the
/// endpoint is closed (401) unless Bot:LocalDevelopment is on; then it answers loopback callers only (403 for others),
/// as the Emulator on the same machine needs (issue 7: it was open to anyone who reached the port).
/// </summary>
public sealed class MessagesAccessFilter(IOptions<BotOptions> options, ILogger<MessagesAccessFilter> logger) : IEndpointFilter
{
    public const string ClosedReason =
        "/api/messages is closed: Bot Framework connector authentication is not configured on this server. "
        + "For the Bot Framework Emulator or curl on this machine, start the server with --Bot:LocalDevelopment=true.";

    public const string RemoteReason =
        "/api/messages is in local development mode (Bot:LocalDevelopment) and answers callers on this machine (loopback) only.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!options.Value.LocalDevelopment)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(ClosedReason, statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required");
        }

        var remote = context.HttpContext.Connection.RemoteIpAddress;
        if (remote is { IsIPv4MappedToIPv6: true })
        {
            remote = remote.MapToIPv4();
        }

        if (remote is null || !IPAddress.IsLoopback(remote))
        {
            MessagesLog.RefusedRemote(logger, remote?.ToString());
            return TypedResults.Problem(RemoteReason, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        return await next(context);
    }
}
