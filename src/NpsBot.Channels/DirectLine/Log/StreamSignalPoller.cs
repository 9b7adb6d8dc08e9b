using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NpsBot.Storage;

namespace NpsBot.Channels.DirectLine.Log;

/// <summary>
/// Wakes the streams of this process for appends made by another server instance: every
/// <see cref="DirectLineOptions.StreamPollInterval"/>, while anyone listens, reads the watermarks of the watched
/// conversations (one indexed query) and signals those that moved, or ended (swept).
/// </summary>
public sealed class StreamSignalPoller(
    IDbContextFactory<NpsBotDbContext> contexts, StreamSignals signals, IOptions<DirectLineOptions> options, TimeProvider clock,
    ILogger<StreamSignalPoller> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.StreamPollInterval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await PollAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Could not read Direct Line watermarks; streams wait for the next poll");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    /// <summary>One poll: signals every watched conversation whose watermark moved, and ends those that are gone.</summary>
    public async Task PollAsync(CancellationToken cancellationToken)
    {
        var watched = signals.Watched();
        if (watched.Count == 0)
        {
            return;
        }

        var ids = watched.Select(w => w.ConversationId).ToList();
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var current = await context.DirectLineConversations.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.Watermark, cancellationToken);
        foreach (var (id, known) in watched)
        {
            if (!current.TryGetValue(id, out var watermark))
            {
                signals.Notify(id, StreamSignal.Ended);
            }
            else if (watermark > known)
            {
                signals.Appended(id, watermark);
            }
        }
    }
}
