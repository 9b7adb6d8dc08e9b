using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using NpsBot.Server.Api.Keys;
using NpsBot.Server.WebChat;

namespace NpsBot.Server.Security;

/// <summary>
/// Rate limits for the console sign-in, the Direct Line token and conversation endpoints, the web chat's token endpoint
/// and the public API, as one partitioned limiter (System.Threading.RateLimiting) that picks the partition from the
/// request (so it needs no endpoint metadata from the projects that map those endpoints): per client address
/// (X-Forwarded-For counts only from a configured proxy), and per API key for the API. A refusal is 429 with
/// Retry-After and a body in the endpoint's own error format.
/// The limiter is a singleton the container disposes with the server, applied by <see cref="AbuseLimitMiddleware"/>
/// rather than ASP.NET Core's UseRateLimiter: that middleware creates a limiter of its own that nothing disposes
/// (dotnet/aspnetcore#66434), whose timer keeps a stopped server and its whole service provider reachable for the life
/// of the process (the test suite starts hundreds of servers in one process).
/// </summary>
public static class AbuseLimits
{
    public static WebApplicationBuilder AddAbuseLimits(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AbuseLimitOptions.SectionName).Get<AbuseLimitOptions>() ?? new AbuseLimitOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(services =>
        {
            var tokenRequestsPerMinute = services.GetRequiredService<IOptions<WebChatOptions>>().Value.TokenRequestsPerMinute;
            return PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(context, options, tokenRequestsPerMinute));
        });
        return builder;
    }

    /// <summary>Applies the limits to every request after it; place it where UseRateLimiter would go.</summary>
    public static IApplicationBuilder UseAbuseLimits(this IApplicationBuilder app) => app.UseMiddleware<AbuseLimitMiddleware>();

    /// <summary>Which limit a request counts against, if any.</summary>
    internal static RateLimitPartition<string> Partition(HttpContext context, AbuseLimitOptions options, int tokenRequestsPerMinute)
    {
        var request = context.Request;
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals("/console/login", StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute($"sign-in|{address}", options.SignInPerMinute);
        }

        if (HttpMethods.IsPost(request.Method) && IsDirectLineStart(request.Path))
        {
            return PerMinute($"directline|{address}", options.DirectLinePerMinute);
        }

        // The web chat page's token (the connection's address: X-Forwarded-For has replaced it only when it came from a
        // configured proxy).
        if (HttpMethods.IsPost(request.Method) && request.Path.Equals(WebChatTokenEndpoint.Path, StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute($"webchat-token|{address}", tokenRequestsPerMinute);
        }

        if (request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            return PerMinute(KeyId(request) is { } key ? $"api-key|{key}" : $"api-address|{address}", options.ApiPerMinute);
        }

        return RateLimitPartition.GetNoLimiter("none");
    }

    private static bool IsDirectLineStart(PathString path) =>
        path.Equals("/v3/directline/tokens/generate", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/v3/directline/tokens/refresh", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/v3/directline/conversations", StringComparison.OrdinalIgnoreCase);

    /// <summary>The public id of the presented key (<c>nps_{id}_{secret}</c>); never the secret.</summary>
    private static string? KeyId(HttpRequest request)
    {
        var presented = request.Headers[ApiKeyDefaults.HeaderName].ToString();
        if (presented.Length == 0 && request.Headers.Authorization.ToString() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            presented = authorization[7..].Trim();
        }

        var parts = presented.Split('_', 3);
        return parts is ["nps", { Length: > 0 and <= 64 } id, _] ? id : null;
    }

    private static RateLimitPartition<string> PerMinute(string key, int permits) => permits <= 0
        ? RateLimitPartition.GetNoLimiter(key)
        : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>429 with Retry-After (the window's remaining time), as Direct Line's error or as problem details.</summary>
    internal static async Task RejectedAsync(HttpContext http, RateLimitLease lease, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        if (http.Request.Path.StartsWithSegments("/v3/directline") || http.Request.Path.StartsWithSegments("/api/webchat"))
        {
            await http.Response.WriteAsJsonAsync(
                new Channels.DirectLine.Protocol.ErrorResponse(new Channels.DirectLine.Protocol.ErrorResponse.ErrorBody(
                    "TooManyRequests", "Too many requests from this address; try again after the time in Retry-After.")),
                cancellationToken);
            return;
        }

        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests",
            detail: "Try again after the number of seconds in Retry-After.").ExecuteAsync(http);
    }
}
