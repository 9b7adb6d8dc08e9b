namespace NpsBot.Server.Security;

/// <summary>
/// Headers on every response: nosniff, no referrer, a CSP that allows nothing (the chat page sets its own, see
/// WebChatPage), no-store on everything but static files (token answers included), and a Retry-After on any 429 that
/// lacks one.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy of anything that is not the chat page: JSON and problem details never need to load or run anything.</summary>
    public const string ApiPolicy = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Seconds a 429 asks the client to wait when the component that refused did not say.</summary>
    public const int DefaultRetryAfterSeconds = 60;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            Apply(context);
            return Task.CompletedTask;
        });
        await next(context);
    });

    private static void Apply(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (!headers.ContainsKey("Referrer-Policy"))
        {
            headers["Referrer-Policy"] = "no-referrer";
        }

        if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.ContentSecurityPolicy))
        {
            headers.ContentSecurityPolicy = ApiPolicy;
        }

        // Static files and the page set their own caching; everything else (tokens, conversations, problems) is per caller.
        if (!headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.CacheControl) && !IsStaticFile(context))
        {
            headers.CacheControl = "no-store";
        }

        if (context.Response.StatusCode == StatusCodes.Status429TooManyRequests && !headers.ContainsKey(Microsoft.Net.Http.Headers.HeaderNames.RetryAfter))
        {
            headers.RetryAfter = DefaultRetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static bool IsStaticFile(HttpContext context) => context.GetEndpoint() is null && context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified;
}
