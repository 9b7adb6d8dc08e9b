using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NpsBot.Channels.DirectLine.Limits;

/// <summary>
/// <see cref="DirectLineOptions.PostsPerMinute"/> per conversation (a token is bound to one conversation, and refreshing
/// it does not reset the count), a fixed one-minute window on each server instance.
/// </summary>
public sealed class PostRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public PostRateLimiter(IOptions<DirectLineOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var perMinute = options.Value.PostsPerMinute;
        _limiter = PartitionedRateLimiter.Create<string, string>(conversationId => RateLimitPartition.GetFixedWindowLimiter(
            conversationId,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
    }

    /// <summary>Null when the post may go ahead, else how long to wait.</summary>
    public TimeSpan? TryPost(string conversationId)
    {
        using var lease = _limiter.AttemptAcquire(conversationId);
        if (lease.IsAcquired)
        {
            return null;
        }

        return lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}
