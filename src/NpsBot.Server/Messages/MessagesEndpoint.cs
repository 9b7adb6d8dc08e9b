using Microsoft.Extensions.Options;
using NpsBot.Channels.BotFrameworkConnector;
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
            .WithSummary("Receives an Activity; expectReplies answers with the replies, otherwise they are queued (durably) and posted to serviceUrl.");
        return endpoints;
    }

    private static async Task<IResult> PostActivityAsync(
        HttpRequest request, IConversationRunner runner, ServiceUrlPolicy serviceUrls, IOptions<BotOptions> options,
        CancellationToken cancellationToken)
    {
        var body = await ActivityBody.ReadAsync(request, options.Value.MaxActivityBytes, serviceUrls, cancellationToken);
        if (body.Activity is not { } activity)
        {
            return TypedResults.Problem(
                body.Problem, statusCode: body.Status, title: "Invalid activity", extensions: new Dictionary<string, object?> { ["field"] = body.Field });
        }

        var expectsReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        if (activity.Type is ActivityTypes.Typing or ActivityTypes.Trace)
        {
            return expectsReplies ? TypedResults.Json(new ExpectedReplies([]), ActivityJson.Options) : TypedResults.Accepted((string?)null);
        }

        // The turn is committed before anything is answered, so an accepted activity is never lost. Without
        // expectReplies, the delivery of the replies is a job of the durable work queue committed with the turn.
        var turn = expectsReplies
            ? await runner.RunTurnAsync(activity, cancellationToken)
            : await runner.RunTurnAsync(activity, ReplyDeliveryWork.Schedule, cancellationToken);
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
