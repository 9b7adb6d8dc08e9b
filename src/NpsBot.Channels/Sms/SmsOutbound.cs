using NpsBot.Conversations.Outbound;
using NpsBot.Conversations.Runner;
using NpsBot.Conversations.Work;

namespace NpsBot.Channels.Sms;

/// <summary>
/// SMS for the agent desk: an agent's line (or the give-back) in an SMS conversation goes out as <c>sms.send</c> jobs
/// to the customer's number, like the bot's replies over the webhook. An agent's own words are sent whole, never fitted
/// to the segment budget (cutting what a person wrote would change what they said). There is no typing indicator in SMS.
/// </summary>
public sealed class SmsOutbound : IConversationOutbound
{
    public string KeySpace => SmsChannel.KeySpace;

    public bool SupportsProactive => true;

    public IReadOnlyList<WorkRequest> Deliver(TurnReplies replies) => SmsSendWork.Schedule(replies);

    public Task SendTypingAsync(string conversationKey, CancellationToken cancellationToken) => Task.CompletedTask;
}
