using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// On a timer (at most every 15 s, and once at start): removes idle conversations from the log, and runs again the turns
/// whose replies never reached it (<see cref="DirectLineTurns.RecoverAsync"/>), older than <see cref="DirectLineOptions.RecoverAfter"/>.
/// </summary>
public sealed class ActivityLogSweeper(
    IDirectLineActivityLog log, DirectLineTurns turns, IOptions<DirectLineOptions> options, TimeProvider clock, ILogger<ActivityLogSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var period = TimeSpan.FromTicks(Math.Min(options.Value.ConversationIdleExpiry.Ticks / 4, TimeSpan.FromSeconds(15).Ticks));
        using var timer = new PeriodicTimer(period < TimeSpan.FromMilliseconds(100) ? TimeSpan.FromMilliseconds(100) : period, clock);
        try
        {
            do
            {
                await SweepAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await log.RemoveIdleAsync(stoppingToken) is > 0 and var removed)
            {
                logger.LogDebug("Removed {Count} idle Direct Line conversations", removed);
            }

            if (await turns.RecoverAsync(options.Value.RecoverAfter, stoppingToken) is > 0 and var recovered)
            {
                logger.LogWarning("Put the replies of {Count} Direct Line turns into the log after the server stopped between their commit and the log", recovered);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not sweep the Direct Line activity log; trying again at the next tick");
        }
    }
}
