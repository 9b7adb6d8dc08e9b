using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Limits;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Channels.DirectLine.Protocol;

namespace NpsBot.Channels.DirectLine.Endpoints;

/// <summary>POST conversations/{id}/activities (answers the id) and GET conversations/{id}/activities?watermark= (polling).</summary>
public static class ActivityEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/conversations/{conversationId}/activities", PostAsync).WithName("DirectLinePostActivity")
            .WithSummary("Sends one activity to the bot; it is echoed on the stream with its id.");
        group.MapGet("/conversations/{conversationId}/activities", GetAsync).WithName("DirectLineGetActivities")
            .WithSummary("Activities after the watermark, and the watermark to ask from next.");
        group.MapPost("/conversations/{conversationId}/upload", () =>
            DirectLineResults.Error(StatusCodes.Status400BadRequest, ErrorCodes.NotSupported, "File uploads are not supported.")).WithName("DirectLineUpload");
    }

    private static async Task<IResult> PostAsync(
        string conversationId, HttpRequest request, DirectLineAuth auth, IDirectLineActivityLog log, DirectLineTurns turns, PostRateLimiter limiter,
        IOptions<DirectLineOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(conversationId, request, auth, log, cancellationToken);
        if (conversation is null)
        {
            return error!;
        }

        if (limiter.TryPost(conversationId) is { } retryAfter)
        {
            return DirectLineResults.TooManyRequests(retryAfter, $"More than {options.Value.PostsPerMinute} activities a minute in this conversation.");
        }

        var (activity, bad) = await DirectLineBody.ReadActivityAsync(request, options.Value.MaxActivityBytes, cancellationToken);
        if (activity is null)
        {
            return bad!;
        }

        if (activity.Text?.Length > options.Value.MaxTextLength)
        {
            return DirectLineResults.Error(
                StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge, $"The text is longer than the {options.Value.MaxTextLength} characters accepted.");
        }

        try
        {
            // Once logged, the turn runs to its end even if the client stops waiting.
            var outcome = await turns.PostAsync(conversation, activity, DirectLineRequest.BaseUrl(request, options.Value), CancellationToken.None);
            return outcome switch
            {
                null => DirectLineResults.NotFound(conversationId),
                { Echo.Id: { } id } => DirectLineResults.Json(new ResourceResponse(id)),
                { Refusal: PostRefusal.ConversationFull } => DirectLineResults.Error(
                    StatusCodes.Status413PayloadTooLarge, ErrorCodes.ConversationTooLarge, "This conversation has stored all it may; start a new one."),
                _ => DirectLineResults.TooManyRequests(TimeSpan.FromMinutes(1), "The server stores all the conversations it may; try again later."),
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(ActivityEndpoints)).LogError(ex, "The bot failed on an activity in Direct Line conversation {ConversationId}", conversationId);
            return DirectLineResults.Error(StatusCodes.Status502BadGateway, ErrorCodes.BotRejectedActivity, "The bot could not handle the activity.");
        }
    }

    private static async Task<IResult> GetAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuth auth, IDirectLineActivityLog log,
        IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (conversation, error) = await AuthorizeAsync(conversationId, request, auth, log, cancellationToken);
        if (conversation is null)
        {
            return error!;
        }

        var set = await log.ReadAsync(conversationId, DirectLineRequest.Watermark(watermark), options.Value.PageSize, cancellationToken);
        return set is null ? DirectLineResults.NotFound(conversationId) : DirectLineResults.Json(set);
    }

    private static async Task<(DirectLineConversation? Conversation, IResult? Error)> AuthorizeAsync(
        string conversationId, HttpRequest request, DirectLineAuth auth, IDirectLineActivityLog log, CancellationToken cancellationToken)
    {
        var (caller, error) = auth.Authenticate(request);
        if (caller is null)
        {
            return (null, error);
        }

        if (!caller.MayUse(conversationId))
        {
            return (null, DirectLineResults.Error(StatusCodes.Status403Forbidden, ErrorCodes.Forbidden, "The token belongs to another conversation."));
        }

        var conversation = await log.FindAsync(conversationId, cancellationToken);
        return conversation is null ? (null, DirectLineResults.NotFound(conversationId)) : (conversation, null);
    }
}
