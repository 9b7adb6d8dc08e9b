using Microsoft.Extensions.Options;
using NpsBot.Channels.BotFrameworkConnector;
using NpsBot.Channels.Teams;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;
using NpsBot.Server.Hosting;

namespace NpsBot.Server.Messages;

/// <summary>POST /api/messages: the Bot Framework messaging endpoint.</summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", PostActivityAsync)
            .WithName("PostActivity")
            .WithSummary("Receives an Activity; expectReplies answers with the replies, otherwise they are queued (durably) and posted to serviceUrl.")
            .AddEndpointFilter<MessagesAccessFilter>();
        return endpoints;
    }

    private static async Task<IResult> PostActivityAsync(
        HttpRequest request, IConversationRunner runner, ServiceUrlPolicy serviceUrls, IOptions<BotOptions> options, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var identity = ConnectorRequest.IdentityOf(request.HttpContext);
        var body = await ActivityBody.ReadAsync(request, options.Value.MaxActivityBytes, serviceUrls, identity, cancellationToken);
        if (body.Status == StatusCodes.Status401Unauthorized)
        {
            return MessagesAccessFilter.Unauthorized(request.HttpContext, loggers.CreateLogger<MessagesAccessFilter>(), body.Problem);
        }

        if (body.Activity is not { } received)
        {
            return TypedResults.Problem(
                body.Problem, statusCode: body.Status, title: "Invalid activity", extensions: new Dictionary<string, object?> { ["field"] = body.Field });
        }

        // Teams: a card submit's score (in value) becomes the text; an @mention is taken out of it.
        var activity = TeamsInbound.Normalize(received);
        MessagesLog.Received(loggers.CreateLogger(typeof(MessagesEndpoint)), activity.Type, activity.Id, activity.ChannelId, activity.Conversation?.Id);

        var expectsReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (activity.Type is ActivityTypes.Typing or ActivityTypes.Trace)
        {
            return expectsReplies ? TypedResults.Json(new ExpectedReplies([]), ActivityJson.Options) : TypedResults.Accepted((string?)null);
        }

        // The turn is committed before anything is answered, so an accepted activity is never lost. Without
        // expectReplies, the delivery of the replies is a job of the durable work queue committed with the turn.
        // Only a channel's validated token vouches for the sender (the channel authenticated them); local mode and the
        // Emulator vouch for nobody. The conversation lives in the Bot Framework key space whatever channelId the body
        // claims (issue 7).
        var origin = new TurnOrigin(KeySpaces.BotFramework, ChannelCustomer.Of(activity, identity));
        var turn = await runner.RunTurnAsync(
            activity,
            expectsReplies ? origin : origin with { ReplyWork = replies => [.. ReplyDeliveryWork.Schedule(replies), .. CardUpdateWork.Schedule(activity, replies)] },
            cancellationToken);
        if (expectsReplies)
        {
            // A new turn's replies are already JSON (serialized once, for the store): wrap them rather than serialize again.
            return turn.RepliesJson is { } json
                ? TypedResults.Text($"{{\"activities\":{json}}}", "application/json", System.Text.Encoding.UTF8)
                : TypedResults.Json(new ExpectedReplies(turn.Replies), ActivityJson.Options);
        }

        return TypedResults.Accepted((string?)null);
    }
}
