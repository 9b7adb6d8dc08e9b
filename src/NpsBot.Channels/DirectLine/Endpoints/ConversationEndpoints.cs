using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Channels.DirectLine.Protocol;
using NpsBot.Channels.DirectLine.Tokens;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>POST conversations (start: 201, or 200 when the token's conversation already started) and GET conversations/{id} (reconnect).</summary>
public static class ConversationEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations", StartAsync).WithName("DirectLineStartConversation")
            .WithSummary("Starts a conversation (the bot speaks first) and answers its token and streamUrl.");
        group.MapGet("/conversations/{conversationId}", ReconnectAsync).WithName("DirectLineReconnect")
            .WithSummary("Answers a fresh token and a streamUrl that replays from the watermark.");
    }

    private static async Task<IResult> StartAsync(
        HttpRequest request, DirectLineAuth auth, DirectLineTurns turns, IDirectLineActivityLog log, DirectLineTokenService tokens, IOptions<DirectLineOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(request);
        if (caller is null)
        {
            return error!;
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

        var user = caller.Token is { } token
            ? new ChannelAccount { Id = token.UserId, Name = token.UserName, Role = RoleTypes.User }
            : new ChannelAccount { Id = parameters?.User?.Id is { Length: > 0 } id ? id : DirectLineRequest.NewId("dl_"), Name = parameters?.User?.Name, Role = RoleTypes.User };
        if (!await log.HasRoomAsync(cancellationToken))
        {
            return DirectLineResults.TooManyRequests(TimeSpan.FromMinutes(1), "The server stores all the conversations it may; try again later.");
        }

        // The start turn runs to its end even if the client gives up waiting: the conversation exists from now on.
        // Web Chat starts with no body, so without Accept-Language the greeting would be in the default locale and the
        // survey would switch to the browser's language at the customer's first answer (whose activity has a locale).
        var locale = parameters?.Locale ?? DirectLineRequest.PreferredLocale(request);
        var conversation = new DirectLineConversation(caller.Token?.ConversationId ?? DirectLineRequest.NewId(), user, clock.GetUtcNow(), locale);
        var created = await turns.StartAsync(conversation, DirectLineRequest.BaseUrl(request, options.Value), CancellationToken.None);
        var answer = Answer(request, options.Value, tokens, conversation.Id, user, watermark: 0);
        return DirectLineResults.Json(answer, created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuth auth, IDirectLineActivityLog log, DirectLineTokenService tokens,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(request);
        if (caller is null)
        {
            return error!;
        }

        if (!caller.MayUse(conversationId))
        {
            return DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "The token belongs to another conversation.");
        }

        if (await log.FindAsync(conversationId, cancellationToken) is not { } conversation)
        {
            return DirectLineResults.NotFound(conversationId);
        }

        return DirectLineResults.Json(Answer(request, options.Value, tokens, conversationId, conversation.User, DirectLineRequest.Watermark(watermark)));
    }

    private static ConversationInfo Answer(
        HttpRequest request, DirectLineOptions options, DirectLineTokenService tokens, string conversationId, ChannelAccount user, long watermark) => new(
        conversationId,
        tokens.IssueConversationToken(conversationId, user.Id!, user.Name),
        (int)tokens.Lifetime.TotalSeconds,
        DirectLineRequest.StreamUrl(request, options, conversationId, watermark, tokens.IssueStreamToken(conversationId, user.Id!)));
}
