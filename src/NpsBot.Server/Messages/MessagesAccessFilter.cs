using System.Net;
using Microsoft.Extensions.Options;
using NpsBot.Channels.BotFrameworkConnector.Authentication;
using NpsBot.Server.Hosting;

namespace NpsBot.Server.Messages;

/// <summary>
/// Who may post to /api/messages. With a <c>MicrosoftAppId</c> configured, a Bot Framework connector token (channel or
/// Emulator) validated by <see cref="ConnectorAuthenticator"/>; the identity it vouches for is kept for the endpoint,
/// which checks it against the activity. Without one the endpoint is closed (401) unless Bot:LocalDevelopment is on;
/// then it answers loopback callers only (403 for others), as the Emulator on the same machine needs (issue 7).
/// Every refusal of a token is a 401, logged.
/// </summary>
public sealed class MessagesAccessFilter(
    IOptions<BotOptions> options, IOptions<BotAuthenticationOptions> authentication, ConnectorAuthenticator authenticator,
    ILogger<MessagesAccessFilter> logger) : IEndpointFilter
{
    public const string ClosedReason =
        "/api/messages is closed: Bot Framework connector authentication is not configured on this server (set MicrosoftAppId). "
        + "For the Bot Framework Emulator or curl on this machine, start the server with --Bot:LocalDevelopment=true.";

    public const string RemoteReason =
        "/api/messages is in local development mode (Bot:LocalDevelopment) and answers callers on this machine (loopback) only.";

    public const string UnauthorizedReason = "The request does not carry a valid Bot Framework connector token.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (authentication.Value.IsEnabled)
        {
            var outcome = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString(), http.RequestAborted);
            if (outcome.Identity is not { } identity)
            {
                return Unauthorized(http, logger, outcome.Refusal);
            }

            ConnectorRequest.SetIdentity(http, identity);
            return await next(context);
        }

        if (!options.Value.LocalDevelopment)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem(ClosedReason, statusCode: StatusCodes.Status401Unauthorized, title: "Authentication required");
        }

        var remote = http.Connection.RemoteIpAddress;
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

    /// <summary>The 401 of every refused token; the reason goes to the log, the caller learns only that the token is not accepted.</summary>
    public static IResult Unauthorized(HttpContext http, ILogger logger, string? reason)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(logger);
        MessagesLog.RefusedToken(logger, reason);
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(UnauthorizedReason, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
    }
}
