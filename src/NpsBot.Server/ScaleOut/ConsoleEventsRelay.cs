using System.Text.Json;
using Microsoft.Extensions.Options;
using NpsBot.Console.Live;
using NpsBot.Recovery.Agents;
using StackExchange.Redis;

namespace NpsBot.Server.ScaleOut;

/// <summary>
/// The console's in-process events (<see cref="ConsoleEvents"/>: the Blazor circuits of one instance) passed to the
/// other instances over Redis, so an agent whose console runs on instance B sees a case change, a conversation line or
/// a customer typing that happened on instance A, and a revoked user is signed out everywhere. The hub clients need
/// none of this: the SignalR Redis backplane carries the hub's messages. Events received from another instance are
/// raised here without being published again.
/// </summary>
public sealed class ConsoleEventsRelay(
    IConnectionMultiplexer redis, IOptions<RedisOptions> options, ConsoleEvents events, HubConnections hubConnections) : IHostedService
{
    [ThreadStatic]
    private static bool t_relaying;

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly RedisChannel _channel = RedisChannel.Literal(options.Value.ChannelPrefix + ":console");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await redis.GetSubscriber().SubscribeAsync(_channel, (_, message) => OnMessage(message));
        events.CaseChanged += OnCaseChanged;
        events.ConversationLine += OnConversationLine;
        events.CustomerTyping += OnCustomerTyping;
        events.AccessRevoked += OnAccessRevoked;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        events.CaseChanged -= OnCaseChanged;
        events.ConversationLine -= OnConversationLine;
        events.CustomerTyping -= OnCustomerTyping;
        events.AccessRevoked -= OnAccessRevoked;
        await redis.GetSubscriber().UnsubscribeAsync(_channel);
    }

    private void OnCaseChanged(string caseKey) => Publish(new ConsoleEventMessage(_instance, "case", caseKey, null));

    private void OnConversationLine(string caseKey, TranscriptLine line) => Publish(new ConsoleEventMessage(_instance, "line", caseKey, line));

    private void OnCustomerTyping(string caseKey) => Publish(new ConsoleEventMessage(_instance, "typing", caseKey, null));

    private void OnAccessRevoked(string userId) => Publish(new ConsoleEventMessage(_instance, "revoked", userId, null));

    private void Publish(ConsoleEventMessage message)
    {
        if (!t_relaying)
        {
            redis.GetSubscriber().Publish(_channel, JsonSerializer.Serialize(message), CommandFlags.FireAndForget);
        }
    }

    private void OnMessage(RedisValue value)
    {
        var message = JsonSerializer.Deserialize<ConsoleEventMessage>((string)value!);
        if (message is null || message.Instance == _instance)
        {
            return;
        }

        t_relaying = true;
        try
        {
            switch (message.Kind)
            {
                case "case":
                    events.RaiseCaseChanged(message.Key);
                    break;
                case "line" when message.Line is { } line:
                    events.RaiseConversationLine(message.Key, line);
                    break;
                case "typing":
                    events.RaiseCustomerTyping(message.Key);
                    break;
                case "revoked":
                    hubConnections.CloseAllOf(message.Key);
                    events.RaiseAccessRevoked(message.Key);
                    break;
            }
        }
        finally
        {
            t_relaying = false;
        }
    }

    private sealed record ConsoleEventMessage(string Instance, string Kind, string Key, TranscriptLine? Line);
}
