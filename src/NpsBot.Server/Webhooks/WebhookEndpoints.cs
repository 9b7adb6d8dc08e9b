using NpsBot.Recovery.Integrations;
using NpsBot.Server.Api.Keys;

namespace NpsBot.Server.Webhooks;

/// <summary><c>/api/v1/webhooks</c>: list (read scope), add and remove (read-write scope).</summary>
public static class WebhookEndpoints
{
    /// <summary>The body of <c>POST /api/v1/webhooks</c>.</summary>
    public sealed record AddWebhookRequest(string? Url, IReadOnlyList<string>? Events);

    public static RouteGroupBuilder MapWebhookEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/webhooks", (IWebhookSubscriptions webhooks, CancellationToken cancellationToken) => webhooks.ListAsync(cancellationToken))
            .WithName("ListWebhooks").WithSummary("Webhook subscriptions (never their secrets).");
        api.MapPost("/webhooks", AddAsync).RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .WithName("AddWebhook").WithSummary("Subscribe a URL to events; the answer holds the signing secret, shown only this once.")
            .Produces<CreatedWebhook>(StatusCodes.Status201Created).ProducesValidationProblem();
        api.MapDelete("/webhooks/{id:long}", async (long id, IWebhookSubscriptions webhooks, CancellationToken cancellationToken) =>
                await webhooks.RemoveAsync(id, cancellationToken) ? Results.NoContent() : Results.NotFound())
            .RequireAuthorization(ApiKeyDefaults.WritePolicy)
            .WithName("RemoveWebhook").WithSummary("Stop sending events to a subscription.");
        return api;
    }

    private static async Task<IResult> AddAsync(AddWebhookRequest? body, IWebhookSubscriptions webhooks, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(body?.Url, UriKind.Absolute, out var url))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["url"] = ["'url' must be an absolute http or https address."] });
        }

        try
        {
            var created = await webhooks.AddAsync(url, body?.Events ?? [], cancellationToken);
            return Results.Created($"/api/v1/webhooks/{created.Subscription.Id}", created);
        }
        catch (ArgumentException e)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [e.ParamName ?? "body"] = [e.Message.Split(" (Parameter", 2)[0]] });
        }
    }
}
