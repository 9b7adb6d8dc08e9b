using System.Threading.RateLimiting;

namespace NpsBot.Server.Security;

/// <summary>
/// Takes a permit from the abuse limiter for each request (no queue: a request over its partition's limit is refused at
/// once with 429 and Retry-After); see <see cref="AbuseLimits"/> for why this is not ASP.NET Core's UseRateLimiter.
/// </summary>
internal sealed class AbuseLimitMiddleware(RequestDelegate next, PartitionedRateLimiter<HttpContext> limiter)
{
    public async Task InvokeAsync(HttpContext context)
    {
        using var lease = limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        await AbuseLimits.RejectedAsync(context, lease, context.RequestAborted);
    }
}
