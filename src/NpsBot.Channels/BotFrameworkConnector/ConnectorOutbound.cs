using System.Text.Json;
using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Outbound;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.BotFrameworkConnector;

/// <summary>
/// Bot Framework channels (/api/messages): the replies of an internal turn are addressed from the conversation's stored
/// reference (its serviceUrl) and go out as a <c>reply.deliver</c> job, sent to the conversation rather than as a reply
/// to an activity the channel never saw. Typing is not sent (it would need a job per keystroke). The job's payload is
/// sealed (<see cref="SealedReplies"/>): it carries the agent's own words.
/// </summary>
public sealed class ConnectorOutbound(SealedReplies seal) : IConversationOutbound
{
    public string KeySpace => KeySpaces.BotFramework;

    // Teams: a stored reference (a serviceUrl a channel token vouched for) and the outbound token (TeamsProactiveChannel).
    public bool SupportsProactive => true;

    public IReadOnlyList<WorkRequest> Deliver(TurnReplies replies)
    {
        ArgumentNullException.ThrowIfNull(replies);
        var unthreaded = replies.Replies.Select(reply => reply with { ReplyToId = null }).ToList();
        var json = JsonSerializer.Serialize(unthreaded, ActivityJsonContext.Default.ListActivity);
        return ReplyDeliveryWork.Schedule(replies with { Replies = unthreaded, RepliesJson = seal.Seal(json) });
    }

    public Task SendTypingAsync(string conversationKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
