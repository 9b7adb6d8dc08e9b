using Microsoft.AspNetCore.Authentication;
using NpsBot.Recovery.Integrations;
using NpsBot.Server.Api.Exports;
using NpsBot.Server.Api.Keys;
using NpsBot.Server.Webhooks;
using Scalar.AspNetCore;

namespace NpsBot.Server.Api;

/// <summary>
/// The REST API under <c>/api/v1</c> (API keys only: 401 without one, 403 with the wrong scope), its OpenAPI document
/// at <c>/openapi/v1.json</c> and the Scalar reference page at <c>/scalar/v1</c>.
/// </summary>
public static class ApiHostingExtensions
{
    /// <summary>The reference page loads its own script and styles from this server (no CDN); nothing else is allowed.</summary>
    private const string ReferencePagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddNpsBotApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IApiKeys, ApiKeyService>();
        builder.Services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyDefaults.ReadPolicy, policy => policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser()
                .RequireClaim(ApiKeyDefaults.ScopeClaim, ApiKeyScopes.Read, ApiKeyScopes.ReadWrite))
            .AddPolicy(ApiKeyDefaults.WritePolicy, policy => policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme).RequireAuthenticatedUser()
                .RequireClaim(ApiKeyDefaults.ScopeClaim, ApiKeyScopes.ReadWrite));
        builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "NpsBot API";
            document.Info.Description = "Responses, cases, NPS figures, exports and webhook subscriptions. Send an API key as `Authorization: Bearer <key>` or `X-Api-Key: <key>`.";
            return Task.CompletedTask;
        }));
        return builder;
    }

    public static WebApplication MapNpsBotApi(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/scalar"))
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy = ReferencePagePolicy;
                    return Task.CompletedTask;
                });
            }

            await next(context);
        });
        app.MapOpenApi();
        app.MapScalarApiReference();
        var api = app.MapGroup("/api/v1").RequireAuthorization(ApiKeyDefaults.ReadPolicy).WithTags("NpsBot");
        api.MapInsightsEndpoints();
        api.MapConversationEndpoints();
        api.MapExportEndpoints();
        api.MapWebhookEndpoints();
        return app;
    }
}
