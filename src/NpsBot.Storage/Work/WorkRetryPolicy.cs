namespace NpsBot.Storage.Work;

/// <summary>
/// When a failed job runs again: exponential backoff from <see cref="WorkQueueOptions.RetryBaseDelay"/>, capped at
/// <see cref="WorkQueueOptions.RetryMaxDelay"/>, with "equal jitter" (half fixed, half random) so jobs that failed
/// together (a channel down) do not all come back in the same instant.
/// </summary>
public sealed class WorkRetryPolicy(WorkQueueOptions options, Random random)
{
    /// <summary>The wait before attempt <paramref name="failedAttempt"/> + 1.</summary>
    public TimeSpan DelayAfter(int failedAttempt)
    {
        var ceiling = Ceiling(failedAttempt);
        var half = ceiling / 2;
        return half + (half * random.NextDouble());
    }

    /// <summary>The largest wait <see cref="DelayAfter"/> may give for this attempt (the smallest is half of it).</summary>
    public TimeSpan Ceiling(int failedAttempt)
    {
        var exponent = Math.Clamp(failedAttempt - 1, 0, 30);
        var ticks = Math.Min(options.RetryBaseDelay.Ticks * Math.Pow(2, exponent), options.RetryMaxDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
