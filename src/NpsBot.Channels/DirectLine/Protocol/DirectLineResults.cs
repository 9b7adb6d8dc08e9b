using Microsoft.AspNetCore.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Direct Line answers, serialized the Direct Line way (camelCase, nulls left out).</summary>
public static class DirectLineResults
{
    public static IResult Json<T>(T value, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Json(value, ActivityJson.Options, statusCode: statusCode);

    public static IResult Error(int statusCode, string code, string message) =>
        Json(new ErrorResponse(new ErrorResponse.ErrorBody(code, message)), statusCode);

    /// <summary>429 with Retry-After (whole seconds, at least one) and Direct Line's error body.</summary>
    public static IResult TooManyRequests(TimeSpan retryAfter, string message) =>
        new RetryAfterResult(Error(StatusCodes.Status429TooManyRequests, ErrorCodes.TooManyRequests, message), retryAfter);

    public static IResult NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, ErrorCodes.ConversationNotFound, $"Conversation '{conversationId}' does not exist or has expired.");
}
