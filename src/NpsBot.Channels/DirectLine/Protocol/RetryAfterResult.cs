using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace NpsBot.Channels.DirectLine.Protocol;

/// <summary>Another result with a Retry-After header (seconds, rounded up, at least one).</summary>
public sealed class RetryAfterResult(IResult inner, TimeSpan retryAfter) : IResult
{
    public TimeSpan RetryAfter { get; } = retryAfter;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var seconds = Math.Max(1, (long)Math.Ceiling(RetryAfter.TotalSeconds));
        httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return inner.ExecuteAsync(httpContext);
    }
}
