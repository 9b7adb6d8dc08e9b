using Microsoft.Extensions.Options;
using NpsBot.Storage.Privacy;

namespace NpsBot.Server.Privacy;

/// <summary>
/// Purges expired raw text at start-up and then every <see cref="PrivacyOptions.PurgeInterval"/>. The purge is
/// idempotent, so when the durable work queue lands this can become a recurring job calling the same
/// <see cref="RawTextPurger"/>.
/// </summary>
public sealed class RawTextPurgeService(
    RawTextPurger purger, IOptions<PrivacyOptions> options, TimeProvider clock, ILogger<RawTextPurgeService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // SQLite's async calls complete synchronously: leave the host's start-up before the first purge.
        await Task.Yield();
        using var timer = new PeriodicTimer(options.Value.PurgeInterval, clock);
        do
        {
            await PurgeOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>Purges raw text older than the retention; a failure is logged and retried at the next tick.</summary>
    public async Task<int> PurgeOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var purged = await purger.PurgeAsync(clock.GetUtcNow() - options.Value.RawTextRetention, cancellationToken);
            if (purged > 0)
            {
                logger.LogInformation("Purged the raw text of {Count} transcript lines older than {Retention}", purged, options.Value.RawTextRetention);
            }

            return purged;
        }
#pragma warning disable CA1031 // A failed purge (database busy) must not stop the server; the next tick tries again.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            logger.LogWarning(exception, "The purge of expired raw text failed; it runs again in {Interval}", options.Value.PurgeInterval);
            return 0;
        }
    }
}
