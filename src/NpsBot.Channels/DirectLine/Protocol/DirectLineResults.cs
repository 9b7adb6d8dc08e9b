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

    public static IResult NotFound(string conversationId) =>
        Error(StatusCodes.Status404NotFound, ErrorCodes.ConversationNotFound, $"Conversation '{conversationId}' does not exist or has expired.");
}
