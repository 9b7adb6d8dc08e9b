using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>Schedules the delivery of a turn's replies to its channel's serviceUrl, in the turn's own commit.</summary>
public static class ReplyDeliveryWork
{
    public const string Kind = "reply.deliver";

    /// <summary>
    /// One <c>reply.deliver</c> job per turn with replies: its payload is the replies' JSON array, its order key the
    /// conversation, so a conversation's replies arrive in the order its turns were committed.
    /// </summary>
    public static IReadOnlyList<WorkRequest> Schedule(TurnReplies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        return replies.Replies.Count == 0
            ? []
            : [new WorkRequest(Kind, replies.RepliesJson, replies.At) { OrderKey = replies.ConversationKey }];
    }
}
