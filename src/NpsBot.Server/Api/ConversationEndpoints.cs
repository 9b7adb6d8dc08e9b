using System.Security.Claims;
using NpsBot.Recovery.Insights;
using NpsBot.Server.Api.Keys;

namespace NpsBot.Server.Api;

/// <summary>
/// <c>GET /api/v1/responses/{id}</c> (one conversation: response, redacted transcript, case and events, theme labels) and
/// <c>POST /api/v1/responses/{id}/theme</c> (a manager's relabel with a reason; read-write keys only).
/// </summary>
public static class ConversationEndpoints
{
    public static RouteGroupBuilder MapConversationEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/responses/{id:long}", GetAsync).WithName("GetResponse")
            .WithSummary("One response with its redacted transcript, its case and the case's events, and its theme labels (oldest first).")
            .Produces<ConversationView>().Produces(StatusCodes.Status404NotFound);
        api.MapPost("/responses/{id:long}/theme", RelabelAsync).RequireAuthorization(ApiKeyDefaults.WritePolicy).WithName("RelabelResponseTheme")
            .WithSummary("Relabels the response's theme (a manager's correction, kept with its reason and used by train-themes).")
            .Produces<RelabelResult>().ProducesValidationProblem().Produces(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> GetAsync(long id, IConversationViews views, CancellationToken cancellationToken) =>
        await views.FindAsync(id, cancellationToken) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    private static async Task<IResult> RelabelAsync(
        long id, ThemeRelabelRequest? body, ClaimsPrincipal user, IThemeGovernance governance, CancellationToken cancellationToken)
    {
        var by = "api-key:" + (user.FindFirstValue(ClaimTypes.Name) ?? "unnamed");
        var outcome = await governance.RelabelAsync(new ThemeCorrection(id, body?.Theme ?? "", body?.Reason ?? "", by), cancellationToken);
        return outcome switch
        {
            RelabelOutcome.Relabelled => TypedResults.Ok(new RelabelResult(id, body!.Theme!.Trim(), Changed: true)),
            RelabelOutcome.SameTheme => TypedResults.Ok(new RelabelResult(id, body!.Theme!.Trim(), Changed: false)),
            RelabelOutcome.UnknownResponse => TypedResults.NotFound(),
            RelabelOutcome.ReasonMissing => ApiFilter.Problem(new Dictionary<string, string> { ["reason"] = "'reason' is required: say why the theme is wrong." }),
            RelabelOutcome.ReasonTooLong => ApiFilter.Problem(new Dictionary<string, string>
            {
                ["reason"] = $"'reason' must be at most {ThemeCorrection.MaxReasonLength} characters.",
            }),
            _ => ApiFilter.Problem(new Dictionary<string, string>
            {
                ["theme"] = $"'theme' must be one of the configured themes: {string.Join(", ", governance.Themes)}.",
            }),
        };
    }
}

/// <summary>The body of a relabel: the new theme (one of the configured themes) and why.</summary>
public sealed record ThemeRelabelRequest(string? Theme, string? Reason);

/// <summary>The response's theme after a relabel; <see cref="Changed"/> is false when it already had that theme.</summary>
public sealed record RelabelResult(long ResponseId, string Theme, bool Changed);
