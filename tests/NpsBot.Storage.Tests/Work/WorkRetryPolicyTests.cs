using NpsBot.Storage.Work;

namespace NpsBot.Storage.Tests.Work;

public sealed class WorkRetryPolicyTests
{
    [Fact]
    public void The_ceiling_doubles_with_each_failure_up_to_the_maximum()
    {
        var policy = new WorkRetryPolicy(new WorkQueueOptions { RetryBaseDelay = TimeSpan.FromSeconds(2), RetryMaxDelay = TimeSpan.FromSeconds(20) }, new Random(1));

        var ceilings = Enumerable.Range(1, 6).Select(policy.Ceiling).Select(delay => delay.TotalSeconds);

        Assert.Equal([2, 4, 8, 16, 20, 20], ceilings);
    }

    [Fact]
    public void Jitter_spreads_the_delays_of_one_attempt_between_half_and_all_of_the_ceiling()
    {
        var policy = new WorkRetryPolicy(new WorkQueueOptions { RetryBaseDelay = TimeSpan.FromSeconds(8) }, new Random(7));

        var delays = Enumerable.Range(0, 50).Select(_ => policy.DelayAfter(1)).ToList();

        Assert.All(delays, delay => Assert.InRange(delay, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8)));
        Assert.True(delays.Distinct().Count() > 40);
    }
}
