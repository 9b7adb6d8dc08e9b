using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>Removes idle conversations from the in-memory log on a timer (a quarter of the idle expiry, at most a minute).</summary>
public sealed class ActivityLogSweeper(InMemoryActivityLog log, IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<ActivityLogSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromTicks(Math.Min(options.Value.ConversationIdleExpiry.Ticks / 4, TimeSpan.FromMinutes(1).Ticks));
        using var timer = new PeriodicTimer(period < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : period, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (log.RemoveIdle() is > 0 and var removed)
                {
                    logger.LogDebug("Removed {Count} idle Direct Line conversations; {Remaining} remain", removed, log.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
