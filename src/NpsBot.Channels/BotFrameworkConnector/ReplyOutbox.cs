using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NpsBot.Conversations.Activities;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Delivers the replies of committed turns to their channels in the background, in order per conversation:
/// a turn's replies go out one after another, and conversations are spread over a few lanes by their key.
/// </summary>
public sealed class ReplyOutbox(IServiceProvider services, ILogger<ReplyOutbox> logger) : BackgroundService
{
    private const int Lanes = 4;
    private readonly Channel<IReadOnlyList<Activity>>[] _lanes = Enumerable.Range(0, Lanes)
        .Select(_ => Channel.CreateUnbounded<IReadOnlyList<Activity>>(new UnboundedChannelOptions { SingleReader = true }))
        .ToArray();

    /// <summary>Queues one turn's replies; they all belong to one conversation.</summary>
    public void Enqueue(string conversationKey, IReadOnlyList<Activity> replies)
    {
        if (replies.Count == 0)
        {
            return;
        }

        var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % Lanes);
        _lanes[lane].Writer.TryWrite(replies);
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(_lanes.Select(lane => DrainAsync(lane.Reader, stoppingToken)));

    private async Task DrainAsync(ChannelReader<IReadOnlyList<Activity>> reader, CancellationToken stoppingToken)
    {
        await foreach (var replies in reader.ReadAllAsync(stoppingToken))
        {
            // A typed client per batch, so the handler pool can rotate connections (DNS changes).
            var connector = services.GetRequiredService<ConnectorClient>();
            foreach (var reply in replies)
            {
                try
                {
                    await connector.SendAsync(reply, stoppingToken);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
                {
                    logger.LogWarning(ex, "Could not deliver a reply to {ServiceUrl} for conversation {ConversationId}", reply.ServiceUrl, reply.Conversation?.Id);
                }
            }
        }
    }
}
