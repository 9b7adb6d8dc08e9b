using System.Globalization;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Storage.Work;
using StackExchange.Redis;

namespace NpsBot.Server.ScaleOut;

/// <summary>
/// Tells the other server instances, over Redis pub/sub, what this one committed: a Direct Line conversation's new
/// watermark (their streams of it read the new activities from the shared log and push them) and new work (their
/// work-queue runners look at once). Messages are hints, never data: the database stays the only record, so a message
/// lost while Redis reconnects only delays (the stream poller and the work-queue poll still find everything).
/// Each message names its sender, which ignores its own.
/// </summary>
public sealed class InstanceBus(
    IConnectionMultiplexer redis, IOptions<RedisOptions> options, StreamSignals streams, WorkQueueSignal work,
    ILogger<InstanceBus> logger) : IHostedService
{
    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly RedisChannel _directLine = RedisChannel.Literal(options.Value.ChannelPrefix + ":directline");
    private readonly RedisChannel _work = RedisChannel.Literal(options.Value.ChannelPrefix + ":work");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(_directLine, (_, message) => OnAppended(message));
        await subscriber.SubscribeAsync(_work, (_, message) => OnWork(message));
        streams.Broadcast = (conversationId, watermark) => subscriber.Publish(
            _directLine, string.Create(CultureInfo.InvariantCulture, $"{_instance}|{watermark}|{conversationId}"), CommandFlags.FireAndForget);
        work.Broadcast = () => subscriber.Publish(_work, _instance, CommandFlags.FireAndForget);
        logger.LogInformation("Scale-out: Direct Line streams and the work queue are signalled across instances through Redis");
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        streams.Broadcast = null;
        work.Broadcast = null;
        await redis.GetSubscriber().UnsubscribeAsync(_directLine);
        await redis.GetSubscriber().UnsubscribeAsync(_work);
    }

    private void OnAppended(RedisValue message)
    {
        var parts = ((string?)message ?? "").Split('|', 3);
        if (parts.Length == 3 && parts[0] != _instance && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var watermark))
        {
            streams.Appended(parts[2], watermark);
        }
    }

    private void OnWork(RedisValue message)
    {
        if ((string?)message != _instance)
        {
            work.Wake();
        }
    }
}
