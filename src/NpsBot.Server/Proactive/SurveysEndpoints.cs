using NpsBot.Server.Api.Keys;
using Microsoft.AspNetCore.Http.HttpResults;
using NpsBot.Channels.Http;
using NpsBot.Conversations.Activities;

namespace NpsBot.Server.Proactive;

/// <summary>
/// POST /api/v1/surveys: a company event asks for a survey (202 with the invite, or 200 with the existing one for an event
/// id seen before); GET /api/v1/surveys/{eventId}: how far it got. Both need an API key.
/// </summary>
public static class SurveysEndpoints
{
    private const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapProactiveSurveys(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/surveys").RequireAuthorization(ApiKeyDefaults.ReadPolicy).WithTags("NpsBot");
        group.MapPost("/", InviteAsync)
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .WithName("InviteToSurvey")
            .WithSummary("Starts a survey for a customer on a channel after an event; the event id is the idempotency key.");
        group.MapGet("/", ListAsync)
            .WithName("ListSurveyInvites")
            .WithSummary("The newest invites first (at most 500), optionally of one status (queued, sent, delivered, answered, refused, failed) and channel.");
        group.MapGet("/{eventId}", GetAsync)
            .WithName("GetSurveyInvite")
            .WithSummary("The invite of an event: queued, sent, refused (and which rule) or failed.");
        return endpoints;
    }

    private static async Task<Results<Accepted<SurveyInviteView>, Ok<SurveyInviteView>, ProblemHttpResult>> InviteAsync(
        HttpRequest request, SurveyInviteService invites, CancellationToken cancellationToken)
    {
        var bytes = await LimitedBody.ReadAsync(request, MaxBodyBytes, cancellationToken);
        if (bytes is null)
        {
            return Problem("$", $"The body is larger than {MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }

        var body = JsonBodyReader.Read<SurveyInviteRequest>(bytes, System.Text.Json.JsonSerializerOptions.Web);
        if (body.Error is { } error)
        {
            return Problem(error.Field, error.Reason);
        }

        if (body.Value is not { } invite)
        {
            return Problem("$", "The body must be a JSON object with eventId, channel, to, locale and optionally when and timeZone.");
        }

        var result = await invites.InviteAsync(invite, "api", cancellationToken);
        if (result.Invite is not { } view)
        {
            return Problem(result.Field!, result.Reason!);
        }

        return result.Created ? TypedResults.Accepted($"/api/v1/surveys/{Uri.EscapeDataString(view.EventId)}", view) : TypedResults.Ok(view);
    }

    private static async Task<Results<Ok<IReadOnlyList<SurveyInviteView>>, ProblemHttpResult>> ListAsync(
        string? status, string? channel, int? limit, SurveyInviteService invites, CancellationToken cancellationToken)
    {
        if (status is { Length: > 0 } && !InviteStatuses.All.Contains(status))
        {
            return Problem("status", $"The status must be one of: {string.Join(", ", InviteStatuses.All)}.");
        }

        if (limit is < 1 or > SurveyInviteService.MaxListLength)
        {
            return Problem("limit", $"The limit must be between 1 and {SurveyInviteService.MaxListLength}.");
        }

        return TypedResults.Ok(await invites.ListAsync(status, channel, limit ?? 100, cancellationToken));
    }

    private static async Task<Results<Ok<SurveyInviteView>, NotFound>> GetAsync(string eventId, SurveyInviteService invites, CancellationToken cancellationToken) =>
        await invites.FindAsync(eventId, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static ProblemHttpResult Problem(string field, string reason, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(reason, statusCode: status, title: "Invalid survey request", extensions: new Dictionary<string, object?> { ["field"] = field });
}
