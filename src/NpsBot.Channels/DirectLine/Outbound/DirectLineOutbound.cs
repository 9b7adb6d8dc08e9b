using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using NpsBot.Channels.DirectLine.Log;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Outbound;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.DirectLine.Outbound;

/// <summary>
/// The customer's own Web Chat: the replies of an internal turn (an agent's message, the give-back) become a
/// "directline.deliver" job committed with the turn, which appends them to the conversation's activity log, so the open
/// Web Chat stream (or its next poll, or a reconnect) shows them. The job's payload is encrypted as the log's rows are.
/// </summary>
public sealed class DirectLineOutbound(IDataProtectionProvider protection, IDirectLineActivityLog log, IOptions<DirectLineOptions> options) : IConversationOutbound
{
    public const string Kind = "directline.deliver";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly IDataProtector _protector = protection.CreateProtector(DirectLineDeliveryHandler.Purpose);

    public string KeySpace => KeySpaces.DirectLine;

    // A Web Chat customer who closed the page cannot be reached: the follow-up waits for their next visit.
    public bool SupportsProactive => false;

    public IReadOnlyList<WorkRequest> Deliver(TurnReplies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        if (replies.Replies.Count == 0 || ConversationKeys.Parse(replies.ConversationKey) is not { } key)
        {
            return [];
        }

        var sealedActivities = replies.Replies
            .Select(reply => Convert.ToBase64String(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(reply, ActivityJson.Options))))
            .ToList();
        var payload = JsonSerializer.Serialize(new DirectLineDeliveryPayload(key.ConversationId, sealedActivities), Json);
        return [new WorkRequest(Kind, payload, replies.At) { OrderKey = replies.ConversationKey }];
    }

    public async Task SendTypingAsync(string conversationKey, CancellationToken cancellationToken)
    {
        if (ConversationKeys.Parse(conversationKey) is not { } key || await log.FindAsync(key.ConversationId, cancellationToken) is not { } conversation)
        {
            return;
        }

        var bot = new ChannelAccount { Id = options.Value.BotId, Name = options.Value.BotName, Role = RoleTypes.Bot };
        log.Publish(conversation.Id, new Activity
        {
            Type = ActivityTypes.Typing,
            From = bot,
            Recipient = conversation.User,
            Conversation = new ConversationAccount { Id = conversation.Id },
            ChannelId = options.Value.ChannelId,
        });
    }

    internal static DirectLineDeliveryPayload? Read(string payload) => JsonSerializer.Deserialize<DirectLineDeliveryPayload>(payload, Json);
}
