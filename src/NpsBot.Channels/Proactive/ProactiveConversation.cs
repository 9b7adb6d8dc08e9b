using NpsBot.Conversations.Activities;
using NpsBot.Conversations.Runner;

namespace NpsBot.Channels.Proactive;

/// <summary>Where a proactive turn runs and how its replies leave.</summary>
/// <param name="KeySpace">The key space of the channel's endpoint, so the invite lands in the conversation the customer's answers reach.</param>
/// <param name="Address">An activity carrying the addressing (channelId, conversation, from = the customer, recipient = the bot, serviceUrl).</param>
/// <param name="Customer">The customer the channel vouches for (the number, the Teams user).</param>
/// <param name="ReplyWork">The jobs that deliver the turn's replies (sms.send, reply.deliver...).</param>
/// <param name="ShapeReply">What the channel makes of each reply before it is stored (SMS: the segment budget); null: unchanged.</param>
public sealed record ProactiveConversation(
    string KeySpace, Activity Address, VerifiedCustomer Customer, ReplyWork ReplyWork, Func<Activity, Activity>? ShapeReply = null);
