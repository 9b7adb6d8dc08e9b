using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>POST tokens/generate (with a secret) and tokens/refresh (with a still valid token).</summary>
public static class TokenEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/tokens/generate", GenerateAsync).WithName("DirectLineGenerateToken").WithSummary("Issues a token bound to a new conversation id.");
        group.MapPost("/tokens/refresh", Refresh).WithName("DirectLineRefreshToken").WithSummary("Issues a new token for the same conversation.");
    }

    private static async Task<IResult> GenerateAsync(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(request);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.IsSecret)
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Generating a token needs the secret.");
        }

        var (parameters, bad) = await DirectLineBody.ReadOptionalAsync<TokenParameters>(request, cancellationToken);
        if (bad is not null)
        {
            return bad;
        }

        if (parameters?.Problem() is { } problem)
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, problem);
        }

        var userId = parameters?.User?.Id;
        if (userId is not null && !userId.StartsWith("dl_", StringComparison.Ordinal))
        {
            return DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.BadArgument, "A user id bound to a token must start with 'dl_'.");
        }

        var conversationId = DirectLineRequest.NewId();
        var token = tokens.IssueConversationToken(conversationId, userId ?? DirectLineRequest.NewId("dl_"), parameters?.User?.Name);
        return DirectLineResults.Json(new ConversationInfo(conversationId, token, (int)tokens.Lifetime.TotalSeconds));
    }

    private static IResult Refresh(HttpRequest request, DirectLineAuth auth, DirectLineTokenService tokens)
    {
        var (caller, error) = auth.Authenticate(request);
        if (caller?.Token is not { } token)
        {
            return error ?? DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "Only a token can be refreshed.");
        }

        var fresh = tokens.IssueConversationToken(token.ConversationId, token.UserId, token.UserName);
        return DirectLineResults.Json(new ConversationInfo(token.ConversationId, fresh, (int)tokens.Lifetime.TotalSeconds));
    }
}
